package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RunLauncher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in person at an address that leads nowhere, or at a run that is not there, sees the app's own not-found
 * page inside the menu, with a way back; the run page and the list, at a laptop's 1280×800, show their tables whole.
 */
class NotFoundBrowserTest extends BrowserTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;

    @Test
    void everyAddressThatLeadsNowhereShowsTheMenuAndAWayBack() {
        for (String path : List.of("/nope", "/runs/abc", "/runs/999999")) {
            driver.get("http://localhost:" + port + path);
            wait.withMessage(path).until(d -> !d.findElements(By.className("not-found-message")).isEmpty());
            assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).as(path)
                    .contains("Lab").contains("Datasets").contains("Runs");
            assertThat(driver.findElement(By.className("not-found")).getText()).as(path).contains("your runs");
            assertThat(driver.getTitle()).isEqualTo("Not found · Chainrule");
        }
    }

    @Test
    void theRunPageAndTheListAtALaptopSize() throws Exception {
        long id = launcher.launch("Spirals · 2-16-8-1 · Adam", "builtin:spirals", DataOptions.defaults().withStandardize(true)
                        .withValidation(0.2, 1), List.of(new DenseSpec(16, Activation.TANH), new DropoutSpec(0.1),
                        new DenseSpec(8, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 32, 200, true, 7, ClippingSpec.byNorm(1),
                        0.0001, null), Init.XAVIER, tester(), null);
        wait.until(d -> !runs.details(tester(), id).run().getStatus().isActive());
        driver.manage().window().setSize(new Dimension(1280, 800));

        driver.get("http://localhost:" + port + "/runs/" + id);
        wait.until(d -> d.findElement(By.className("run-settings")).getText().contains("Gradient clipping"));
        Browser.screenshot(driver, "run-page-1280.png");
        driver.executeScript("document.querySelector('.run-tables').scrollIntoView()");
        Browser.screenshot(driver, "run-page-tables-1280.png");
        driver.get("http://localhost:" + port + "/runs");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Completed']")).isEmpty());
        Browser.screenshot(driver, "runs-1280.png");
        Object cut = driver.executeScript("return [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.trim() === 'Completed').some(c => c.scrollWidth > c.clientWidth);");
        assertThat(cut).as("\"Completed\" shown whole").isEqualTo(false);
        Object scrolls = driver.executeScript("const t = document.querySelector('vaadin-grid').shadowRoot.querySelector('#table');"
                + "return t.scrollWidth > t.clientWidth;");
        assertThat(scrolls).as("every column inside the list, none scrolled out of sight").isEqualTo(false);
    }
}
