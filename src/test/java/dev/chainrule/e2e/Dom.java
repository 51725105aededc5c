package dev.chainrule.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small helpers to drive Vaadin components in a real browser the way a person does. */
final class Dom {
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Dom(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    WebDriverWait await() {
        return wait;
    }

    WebElement button(String text) {
        return wait.until(d -> d.findElement(By.xpath("//vaadin-button[text()[normalize-space(.)='" + text + "']]")));
    }

    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(d -> element.isEnabled() && element.getAttribute("disabled") == null);
        element.click();
    }

    /** Types into a text/number field or a text area (its light-DOM input) and leaves it, as a person would. */
    void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        // a field on a tab just chosen shows once the server has answered the click (seconds on a busy machine)
        wait.until(d -> input.isDisplayed() && input.isEnabled());
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Opens a vaadin-select and picks the item with this text. */
    void choose(WebElement select, String item) {
        click(select);
        WebElement option = wait.until(d -> d.findElement(
                By.xpath("//vaadin-select-item[@role='option' and normalize-space(.)='" + item + "']")));
        option.click();
    }

    WebElement fieldLabelled(WebElement scope, String tag, String label) {
        return scope.findElement(By.xpath(".//" + tag + "[label[normalize-space(.)='" + label + "']]"));
    }

    /**
     * HTML5 drag and drop from one element onto another. Selenium's Actions cannot produce
     * these events in Chromium, so they are dispatched the way the browser would, in order.
     */
    void dragAndDrop(WebElement source, WebElement target) {
        startDrag(source);
        driver.executeScript("""
                const [source, target] = arguments;
                const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
                    {bubbles: true, cancelable: true, composed: true, dataTransfer: window.__dnd}));
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, source, target);
    }

    /**
     * The start of an HTML5 drag: one DataTransfer ({@code window.__dnd}) for the whole gesture, like
     * the browser's; the server learns of the drag start in its own round trip before a drop arrives.
     */
    void startDrag(WebElement source) {
        driver.executeScript("""
                window.__dnd = new DataTransfer();
                window.__dnd.effectAllowed = 'all';
                arguments[0].dispatchEvent(new DragEvent('dragstart',
                    {bubbles: true, cancelable: true, composed: true, dataTransfer: window.__dnd}));
                """, source);
        pause(300);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
