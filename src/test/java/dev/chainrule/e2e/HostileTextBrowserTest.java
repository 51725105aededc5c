package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.dataset.DatasetService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploaded text is hostile wherever a chart shows it (ECharts 5.3.1 has published tooltip
 * advisories): column names and class labels made of HTML reach the scatter plot's tooltip,
 * legend and axis names, and the Lab's charts, as text. Nothing is parsed as HTML, no script runs,
 * and the text reads literally.
 */
class HostileTextBrowserTest extends BrowserTest {
    private static final String X_NAME = "<img src=x onerror=window.__xss=1>";
    private static final String Y_NAME = "<b id=injected-b>bold</b>";
    private static final String CLASS_A = "<img src=y onerror=window.__xss=2>";
    private static final String CLASS_B = "<i id=injected-i>two</i>";

    @Autowired
    private DatasetService datasets;

    @Test
    void htmlInColumnNamesAndClassLabelsIsShownAsTextInEveryChart() throws Exception {
        datasets.upload(tester(), "hostile.csv", hostileCsv());

        driver.get("http://localhost:" + port + "/datasets");
        wait.until(d -> !d.findElements(By.xpath("//*[contains(@class,'dataset-name') and normalize-space(.)='hostile']")).isEmpty());
        driver.findElement(By.xpath("//*[contains(@class,'dataset-name') and normalize-space(.)='hostile']")).click();
        wait.until(d -> ((Number) driver.executeScript(
                "const c = document.querySelector('chainrule-scatter'); return c && c.pointCount ? c.pointCount() : 0;"))
                .longValue() == 60);

        // every series' first point shows its tooltip: the column and class names are in it
        String tooltips = (String) driver.executeScript("""
                const el = document.querySelector('chainrule-scatter');
                const chart = echarts.getInstanceByDom(el);
                let text = '';
                const series = chart.getOption().series.length;
                for (let s = 0; s < series; s++) {
                  chart.dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: 0 });
                  const tip = [...el.querySelectorAll('div')].filter(d => d.style.position === 'absolute'
                      && d.innerText.length > 0).map(d => d.innerText).join('|');
                  text += tip + '\\n';
                }
                return text;
                """);
        assertThat(tooltips).contains(X_NAME).contains(Y_NAME).contains(CLASS_A).contains(CLASS_B);
        assertNothingInjected();

        // the Lab draws the same data (boundary points, class colours) and its charts
        driver.get("http://localhost:" + port + "/lab");
        dom.choose(dom.await().until(d -> d.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]"))),
                "hostile");
        wait.until(d -> ((Number) driver.executeScript(
                "const b = document.querySelector('chainrule-boundary'); return b && b.pointCount ? b.pointCount() : 0;"))
                .longValue() > 0);
        Thread.sleep(500); // the charts draw on the next frames
        assertNothingInjected();

        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("browser errors (an injected <img src=x> would fail to load)").isEmpty();
    }

    private void assertNothingInjected() {
        assertThat(driver.executeScript("return window.__xss === undefined")).as("no injected script ran").isEqualTo(true);
        assertThat(((Number) driver.executeScript("return document.querySelectorAll("
                + "'img[src=x], img[src=y], #injected-b, #injected-i').length")).longValue())
                .as("no element made from uploaded text").isZero();
    }

    /** Two numeric columns and a class column whose names and labels are HTML. */
    private static byte[] hostileCsv() {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder(X_NAME + "," + Y_NAME + ",label\n");
        for (int i = 0; i < 60; i++) {
            int c = i % 2;
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f,%s%n", random.nextGaussian() + 2 * c,
                    random.nextGaussian(), c == 0 ? CLASS_A : CLASS_B));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
