package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The seed example's step-through in Chromium, as a learner opens it from a lesson's link ({@code /?step}): the
 * dialog opens at once; Next walks to the prediction the reference prints and on to a weight's chain of factors,
 * with that weight's connection marked in the diagram; on a phone the dialog fits the screen's width. The factors
 * stage is saved as target/screenshots/step-through.png (the README's picture, docs/screenshots/step-through.png).
 */
class StepThroughBrowserTest extends BrowserTest {
    private static final String DIALOG = "vaadin-dialog-overlay";

    @Override
    protected boolean startsSignedIn() {
        return false; // the seed page and its step-through are for everyone
    }

    @Test
    void aLearnerWalksTheSeedUpdateToAWeightsFactors() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("http://localhost:" + port + "/?step");
        wait.withMessage("the step-through, opened by the address").until(d -> dialogText().contains("Stage 1 of 27"));

        // the arrow keys walk as Next and Back do: Next has the focus when the dialog opens
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(d -> dialogText().contains("Stage 2 of 27"));
        new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
        wait.until(d -> dialogText().contains("Stage 1 of 27"));

        nextUntil("0.6795204075983217"); // the first prediction, as the reference prints it
        nextUntil("∂z1.1/∂W1[1,1]"); // the first weight's chain of factors
        assertThat(dialogText()).contains("∂L/∂ŷ", "-0.006290952595764433"); // dW1[1,1] of the seed's oracle
        Object marked = driver.executeScript("const n = document.querySelector('" + DIALOG + " chainrule-network');"
                + " return n ? n.highlightedParts() : null");
        assertThat(marked).as("the connection the stage explains (x1 to h1.1), marked in the diagram")
                .asList().contains("0:0>1:0");
        // the whole chain and its product in the picture, the diagram's marked connection above it
        driver.manage().window().setSize(new Dimension(1280, 1050));
        driver.executeScript("const c = document.querySelector('" + DIALOG + "').shadowRoot.querySelector('[part=content]');"
                + " c.scrollTop = c.scrollHeight");
        Thread.sleep(300); // the diagram's last frame
        Browser.screenshot(driver, "step-through.png");

        driver.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(500);
        Number overflow = (Number) driver.executeScript("const o = document.querySelector('" + DIALOG + "');"
                + " const box = o.shadowRoot.querySelector('[part=overlay]').getBoundingClientRect();"
                + " return Math.max(0, box.right - window.innerWidth, -box.left)");
        assertThat(overflow.doubleValue()).as("pixels of the dialog outside a phone's width").isZero();
        InjectionChecks.assertNoBrowserErrors(driver, "step-through");
    }

    // presses Next until the dialog shows this text (at most every stage once)
    private void nextUntil(String text) {
        for (int i = 0; i < 27 && !dialogText().contains(text); i++) {
            String before = dialogText();
            dom.click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Next']")));
            wait.until(d -> !dialogText().equals(before));
        }
        assertThat(dialogText()).contains(text);
    }

    private String dialogText() {
        Object text = driver.executeScript("const o = document.querySelector('" + DIALOG + "'); return o ? o.innerText : ''");
        return text == null ? "" : text.toString();
    }
}
