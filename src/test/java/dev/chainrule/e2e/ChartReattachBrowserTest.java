package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The chart elements leave the page and come back, in a real browser: the Lab, then Datasets,
 * then the Lab again draws its charts; an element taken out of the page lets its ECharts instance
 * go and, put back, draws what it held again; and nothing is logged as an error meanwhile.
 */
class ChartReattachBrowserTest extends BrowserTest {
    private static final List<String> CHARTS = List.of("chainrule-chart", "chainrule-boundary", "chainrule-network");
    // true when every element of the tag on the page has a live ECharts instance
    private static final String ALL_LIVE = """
            const all = [...document.querySelectorAll(arguments[0])];
            return all.length > 0 && all.every(e => echarts.getInstanceByDom(e) !== undefined
                && !echarts.getInstanceByDom(e).isDisposed() && e.querySelector('canvas') !== null);
            """;
    private static final String PROBE = "chainrule-log-probe";

    @Test
    void theLabsChartsDrawAgainAfterTheViewIsLeftAndEnteredAgain() throws Exception {
        driver.get("http://localhost:" + port + "/lab");
        awaitLabDrawn();

        dom.click(navItem("Datasets"));
        dom.await().until(d -> d.findElements(By.tagName("chainrule-boundary")).isEmpty()
                && !d.findElements(By.className("dataset-title")).isEmpty());
        dom.click(navItem("Lab"));
        awaitLabDrawn();

        // The same element out of the page and back (as Vaadin does when it re-attaches a component):
        // its chart is disposed, then made anew and drawn from the points the element kept.
        long points = ((Number) driver.executeScript("return document.querySelector('chainrule-boundary').pointCount()"))
                .longValue();
        assertThat(points).isPositive();
        Object disposedWhileOut = driver.executeScript("""
                const e = document.querySelector('chainrule-boundary');
                const old = echarts.getInstanceByDom(e);
                const parent = e.parentNode, next = e.nextSibling;
                e.remove();
                const disposed = old.isDisposed() && echarts.getInstanceByDom(e) === undefined
                    && e.querySelector('canvas') === null;
                parent.insertBefore(e, next);
                return disposed;
                """);
        assertThat(disposedWhileOut).isEqualTo(true);
        awaitLabDrawn();
        assertThat(((Number) driver.executeScript("return document.querySelector('chainrule-boundary').pointCount()"))
                .longValue()).isEqualTo(points);

        // an error of our own first, to know that errors reach the log at all
        driver.executeScript("console.error(arguments[0])", PROBE);
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).anyMatch(e -> e.getMessage().contains(PROBE));
        assertThat(severe).filteredOn(e -> !e.getMessage().contains(PROBE))
                .isEmpty();

        Thread.sleep(500); // the charts draw on the next frames
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("lab-after-reentry.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    // every chart element has a live chart, and the boundary its points and the heat canvas beside the chart
    private void awaitLabDrawn() {
        dom.await().withMessage("the Lab's charts drawn").until(d -> {
            for (String tag : CHARTS) {
                if (!Boolean.TRUE.equals(driver.executeScript(ALL_LIVE, tag))) {
                    return false;
                }
            }
            return Boolean.TRUE.equals(driver.executeScript("""
                    const e = document.querySelector('chainrule-boundary');
                    return e.pointCount() > 0 && e.querySelectorAll('canvas').length >= 2;
                    """));
        });
    }

    private WebElement navItem(String label) {
        return dom.await().until(d -> d.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + label + "']")));
    }
}
