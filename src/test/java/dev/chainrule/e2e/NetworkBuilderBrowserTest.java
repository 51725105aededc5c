package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The network builder's drag and drop and its keys in Chromium. HTML5 drags cannot be made by
 * Selenium's mouse, so the browser's events are dispatched in their order; but where a drop lands
 * is found as the browser would find it, by hit-testing a point of the page, so the test sees
 * what a pointer there meets while dragging (the halves of the cards, switched on by CSS).
 */
class NetworkBuilderBrowserTest extends BrowserTest {
    @Test
    void aLayerLandsWhereTheLineShowsADraggedOutCardGoesAndCtrlZBringsItBack() {
        driver.get("http://localhost:" + port + "/lab");
        dom.await().until(d -> titles().size() == 2);
        // Not dragging: the lower half of layer 1 is its fields, usable as ever.
        assertThat(classAt(layers().get(0), 0.75)).doesNotContain("drop-half");

        // A Dropout from the palette, let go on the lower half of layer 1: after it.
        dom.startDrag(driver.findElement(By.cssSelector(".palette-card.dropout")));
        Object line = driver.executeScript("""
                const card = arguments[0], r = card.getBoundingClientRect();
                const target = document.elementFromPoint(r.left + r.width / 2, r.top + r.height * 0.75);
                window.__target = target;
                for (const type of ['dragenter', 'dragover']) {
                  target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, composed: true, dataTransfer: window.__dnd}));
                }
                return target.className + ' line ' + getComputedStyle(target, '::after').display;
                """, layers().get(0));
        assertThat(line).isEqualTo("drop-half after v-drag-over-target line block");
        finishDrag("window.__target", ".palette-card.dropout");
        dom.await().until(d -> titles().size() == 3);
        assertThat(titles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dropout", "Layer 3 · Dense");

        // Layer 3 dragged out and let go beside the stack: no drop place takes it, so it goes.
        dom.startDrag(layers().get(2));
        driver.executeScript("arguments[0].dispatchEvent(new DragEvent('dragend',"
                + " {bubbles: true, composed: true, dataTransfer: window.__dnd}))", layers().get(2));
        dom.await().until(d -> titles().size() == 2);
        assertThat(driver.findElement(By.className("network-note")).getText())
                .isEqualTo("Layer 3 (Dense) was dragged out of the network and removed. Undo (Ctrl+Z) brings it back.");

        // Ctrl+Z on the page brings it back ...
        driver.executeScript("document.activeElement && document.activeElement.blur()");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        dom.await().until(d -> titles().size() == 3);
        assertThat(titles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dropout", "Layer 3 · Dense");

        // ... but in a text field it is the field's own undo: the network stays as it is.
        WebElement units = layers().get(0).findElement(By.cssSelector("vaadin-text-field input"));
        units.click();
        units.sendKeys("6");
        units.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        sleep(1000); // a wrongly heard key would have reached the server by now, and taken layer 3 again
        assertThat(titles()).hasSize(3);
        assertThat(units.getDomProperty("value")).isEqualTo("8"); // the field's typing undone instead

        // Ctrl+Shift+Z on the page redoes: layer 3 is dragged out again.
        driver.executeScript("document.activeElement && document.activeElement.blur()");
        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("z").keyUp(Keys.SHIFT).keyUp(Keys.CONTROL)
                .perform();
        dom.await().until(d -> titles().size() == 2);
    }

    private void finishDrag(String target, String sourceSelector) {
        driver.executeScript("const t = " + target + ";"
                + "t.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, composed: true, dataTransfer: window.__dnd}));"
                + "document.querySelector(arguments[0]).dispatchEvent(new DragEvent('dragend',"
                + " {bubbles: true, composed: true, dataTransfer: window.__dnd}));", sourceSelector);
    }

    /** The class of what the pointer meets at this height (0 = top, 1 = bottom) in the middle of an element. */
    private String classAt(WebElement element, double height) {
        return (String) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height * arguments[1]);
                return hit ? String(hit.className) : '';
                """, element, height);
    }

    private List<WebElement> layers() {
        return driver.findElements(By.cssSelector(".layer-stack .layer-card.dense, .layer-stack .layer-card.dropout"));
    }

    /** Read in one go in the page: the stack may be drawn anew between two reads of Selenium's. */
    @SuppressWarnings("unchecked")
    private List<String> titles() {
        return (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('.layer-stack .layer-title')].map(t => t.textContent.trim())");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
