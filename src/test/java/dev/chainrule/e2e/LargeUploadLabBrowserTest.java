package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.ImportLimits;
import dev.chainrule.dataset.DatasetService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Lab with an uploaded 200,000-row, 2-feature dataset, in a real browser: choosing it sends
 * its points once, at most 2,000 of them with the range of all; editing the network sends no
 * point data; nothing fails in the browser's console.
 */
class LargeUploadLabBrowserTest extends BrowserTest {
    private static final int ROWS = 200_000;

    @Autowired
    private DatasetService datasets;

    @Test
    void editingTheNetworkSendsNoPointsAndTheBoundaryDrawsAtMostTwoThousand() throws Exception {
        byte[] csv = twoBlobs();
        assertThat((long) csv.length).isLessThan(ImportLimits.DEFAULTS.maxBytes());
        datasets.upload(tester(), "blobs-200k.csv", csv); // the upload page's own path is covered by DatasetUploadBrowserTest

        driver.get("http://localhost:" + port + "/lab");
        WebElement dataset = dom.await().until(d -> d.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]")));
        dom.await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!customElements.get('chainrule-boundary') && !!document.querySelector('chainrule-boundary');")));
        Thread.sleep(1000); // the opening dataset's points arrive with the page
        // count, in the browser, every setPoints the server sends from now on, and what it carried
        driver.executeScript("""
                const e = document.querySelector('chainrule-boundary');
                const original = e.setPoints;
                window.__points = [];
                e.setPoints = function (json) {
                  const p = JSON.parse(json);
                  window.__points.push({n: p.x.length, xMin: p.xMin, xMax: p.xMax, yMin: p.yMin, yMax: p.yMax});
                  return original.call(this, json);
                };
                """);

        dom.choose(dataset, "blobs-200k");
        dom.await().until(d -> pointCalls().size() == 1 && drawnPoints() > 0);
        Map<String, Object> sent = pointCalls().get(0);
        assertThat(((Number) sent.get("n")).intValue()).isBetween(1_000, 2_000);
        assertThat(sent).containsKeys("xMin", "xMax", "yMin", "yMax");
        assertThat(((Number) sent.get("xMin")).doubleValue()).isLessThan(((Number) sent.get("xMax")).doubleValue());
        assertThat(drawnPoints()).isBetween(1L, 2_000L);

        // change the units of a layer: the diagram changes, the points are not sent again
        String before = summary();
        WebElement card = driver.findElements(By.cssSelector(".layer-stack .layer-card.dense")).get(0);
        dom.type(dom.fieldLabelled(card, "vaadin-text-field", "Units"), "12");
        dom.await().until(d -> !summary().equals(before));
        Thread.sleep(1500); // anything the edit sent has arrived by now
        assertThat(pointCalls()).as("a network edit sends no point data").hasSize(1);
        Browser.screenshot(driver, "lab-200k-upload.png");

        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(severe).as("browser errors").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pointCalls() {
        return (List<Map<String, Object>>) driver.executeScript("return window.__points || [];");
    }

    /** What the element holds (its own count if it has one). */
    private long drawnPoints() {
        Object n = driver.executeScript("const e = document.querySelector('chainrule-boundary');"
                + " return e.pointCount ? e.pointCount() : (e._points && e._points.x ? e._points.x.length : 0);");
        return ((Number) n).longValue();
    }

    private String summary() {
        return driver.findElement(By.className("network-summary")).getText();
    }

    /** Two overlapping clouds of 100,000 points each: x1, x2 and a 0/1 class. */
    private static byte[] twoBlobs() {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder(ROWS * 24).append("x1,x2,class\n");
        for (int i = 0; i < ROWS; i++) {
            int c = i % 2;
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%d%n", random.nextGaussian() + 2 * c,
                    random.nextGaussian() - c, c));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
