package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One lesson walked end to end in Chromium, as a learner does it: the menu's Lessons, the vanishing-gradients
 * card, its text and Start; the runs train on the server's pool (two at once for one person) and the comparison
 * opens with the point to notice above the curves and each layer's gradient norm side by side. The comparison is
 * saved as target/screenshots/lesson.png (the README's picture, docs/screenshots/lesson.png).
 */
class LessonBrowserTest extends BrowserTest {
    private static final String LOSS = "document.querySelector('.compare-loss chainrule-compare-chart')";

    @Test
    void aLearnerOpensALessonStartsItAndReadsThePointOnTheComparison() throws Exception {
        driver.get("http://localhost:" + port + "/");
        dom.click(wait.until(d -> d.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Lessons']"))));
        List<WebElement> cards = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".lesson-card-title"));
            return found.size() == 6 ? found : null;
        });
        assertThat(cards.get(0).getText()).isEqualTo("The 2-2-1 example, one update at a time");
        Browser.screenshot(driver, "lessons-list.png");
        dom.click(driver.findElement(By.linkText("Vanishing gradients in a deep sigmoid network")));

        // read in the page: the heading found may be the list's, replaced as the lesson's page arrives
        wait.until(d -> "Vanishing gradients in a deep sigmoid network".equals(driver.executeScript(
                "const h = document.querySelector('h2'); return h && h.textContent.trim()")));
        assertThat(driver.findElements(By.cssSelector(".lesson-run-title"))).extracting(WebElement::getText)
                .containsExactly("Six sigmoid layers", "Six ReLU layers");
        Browser.screenshot(driver, "lesson-page.png");
        dom.click(dom.button("Start the lesson"));

        wait.withMessage("the comparison of the lesson's runs").until(d -> d.getCurrentUrl().contains("/compare?")
                && !d.findElements(By.cssSelector(".lesson-banner")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("lesson=vanishing-gradients");
        WebElement banner = driver.findElement(By.cssSelector(".lesson-banner"));
        assertThat(banner.findElement(By.cssSelector(".lesson-notice")).getText())
                .startsWith("What to notice: Read the table of gradient norms per layer");
        wait.withMessage("both runs drawn to their end in the loss chart").until(d -> {
            Object n = driver.executeScript("const c = " + LOSS + "; return c && c.seriesCount ? c.seriesCount() : -1");
            return n instanceof Number number && number.intValue() == 2
                    && epochCells().stream().allMatch(e -> e.equals("200"));
        });
        List<WebElement> rows = driver.findElements(By.cssSelector(".lesson-gradients tbody tr"));
        assertThat(rows).hasSize(2);
        double sigmoidShare = Double.parseDouble(lastCell(rows.get(0)));
        double reluShare = Double.parseDouble(lastCell(rows.get(1)));
        assertThat(sigmoidShare).isLessThan(0.001);
        assertThat(reluShare).isGreaterThan(0.1);
        Thread.sleep(500); // the chart's last frame
        Browser.screenshot(driver, "lesson.png");
        InjectionChecks.assertNoBrowserErrors(driver, "lesson comparison");
    }

    /** More runs than a person trains at once: the page says so while the rest wait, then opens all of them. */
    @Test
    void aLessonWithMoreRunsThanThePersonsLimitOpensTheComparisonOfAllOnceTheLastHasStarted() {
        driver.get("http://localhost:" + port + "/lessons/overfitting");
        dom.click(dom.button("Start the lesson"));

        wait.withMessage("the comparison of all four runs").until(d -> d.getCurrentUrl().contains("/compare?")
                && d.findElements(By.cssSelector("chainrule-legend .legend-entry")).size() == 4);
        assertThat(driver.findElements(By.cssSelector("chainrule-legend .legend-entry"))).extracting(WebElement::getText)
                .containsExactly("Large network", "Large network with dropout 0.5", "Large network with L2 0.01",
                        "Large network with early stopping");
        assertThat(driver.findElement(By.cssSelector(".lesson-banner .lesson-notice")).getText())
                .startsWith("What to notice: Compare training loss with validation loss.");
        assertThat(driver.findElements(By.cssSelector(".lesson-gradients"))).isEmpty();
    }

    private List<String> epochCells() {
        return driver.findElements(By.cssSelector(".lesson-gradients tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
    }

    private static String lastCell(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return cells.get(cells.size() - 1).getText();
    }
}
