package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * What a new user does in the Lab, in a real browser: pick two spirals, drag layers into the
 * network, set them up, choose Adam, train, watch it learn, pause, step, resume, stop, and
 * find the run among the saved ones.
 */
class LabBrowserTest extends BrowserTest {
    private static final Pattern EPOCH = Pattern.compile("epoch ([\\d,]+) of");

    @Test
    void aNewUserBuildsTrainsAndSteersANetworkOnTwoSpirals() throws Exception {
        driver.get("http://localhost:" + port + "/lab");
        dom.choose(dom.await().until(d -> d.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]"))),
                "Two spirals");

        // Start from an empty network: drag the two default layers back onto the palette.
        for (int left = 1; left >= 0; left--) {
            int expected = left;
            dom.dragAndDrop(layers().get(0), driver.findElement(By.className("layer-palette")));
            dom.await().until(d -> layers().size() == expected);
        }
        // Drag in Dense, Dense, Dropout, each after the last layer.
        dragFromPalette("dense", 1);
        dragFromPalette("dense", 2);
        dragFromPalette("dropout", 3);
        List<WebElement> cards = layers();
        for (int i = 0; i < 2; i++) {
            dom.type(dom.fieldLabelled(cards.get(i), "vaadin-text-field", "Units"), "16");
            dom.choose(dom.fieldLabelled(cards.get(i), "vaadin-select", "Activation"), "tanh");
        }
        dom.await().until(d -> summary().equals("337 parameters to learn")); // 2·16+16 + 16·16+16 + 16·1+1
        dom.click(driver.findElement(By.id("lab-tab-training"))); // the settings share the column with the builder
        dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Optimizer']]")), "Adam");
        dom.type(driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='Epochs']]")), "100000");

        dom.click(dom.button("Train"));
        long trained = System.nanoTime();

        // Loss, accuracy and the decision boundary change while it runs.
        dom.await().until(d -> count("chainrule-chart", "pointCount") > 0 && count("chainrule-boundary", "gridUpdates") > 1);
        long points = count("chainrule-chart", "pointCount");
        long grids = count("chainrule-boundary", "gridUpdates");
        dom.await().until(d -> count("chainrule-chart", "pointCount") > points + 20
                && count("chainrule-boundary", "gridUpdates") > grids + 2);
        assertThat(progress()).startsWith("Training");
        Thread.sleep(3000); // let it learn a little, for the picture
        driver.executeScript("document.querySelector('chainrule-boundary').scrollIntoView({block: 'start'})");
        screenshot("lab-training.png");

        dom.click(dom.button("Pause"));
        dom.await().withMessage(() -> "status line: " + progress()).until(d -> progress().startsWith("Paused"));
        int pausedAt = epoch();
        dom.click(dom.button("Step"));
        dom.await().until(d -> epoch() == pausedAt + 1);
        assertThat(progress()).startsWith("Paused");
        dom.click(dom.button("Resume"));
        dom.await().until(d -> progress().startsWith("Training") && epoch() > pausedAt + 1);
        System.out.printf("Lab browser test: paused, stepped and resumed %.1f s after Train%n",
                (System.nanoTime() - trained) / 1e9);
        dom.click(dom.button("Stop"));
        dom.await().until(d -> progress().startsWith("Stopped"));

        driver.get("http://localhost:" + port + "/runs");
        By run = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Two spirals · 2-16-16-1 · Adam']");
        dom.await().until(d -> !d.findElements(run).isEmpty());

        // its page: the curves, the network and the boundary of where it stopped, and room for notes
        driver.findElement(run).click();
        dom.await().until(d -> !d.findElements(By.xpath("//vaadin-text-area[label[normalize-space(.)='Notes']]")).isEmpty()
                && count("chainrule-boundary", "gridUpdates") > 0 && count("chainrule-chart", "pointCount") > 0);
        Thread.sleep(500); // the charts draw on the next frames
        screenshot("run-page.png");
    }

    private void dragFromPalette(String kind, int expectedLayers) {
        List<WebElement> zones = driver.findElements(By.className("drop-zone"));
        dom.dragAndDrop(driver.findElement(By.cssSelector(".palette-card." + kind)), zones.get(zones.size() - 1));
        dom.await().until(d -> layers().size() == expectedLayers);
    }

    private List<WebElement> layers() {
        return driver.findElements(By.cssSelector(".layer-stack .layer-card.dense, .layer-stack .layer-card.dropout"));
    }

    private String summary() {
        return driver.findElement(By.className("network-summary")).getText();
    }

    private String progress() {
        // textContent: the status line may be scrolled out of view while the charts are looked at
        return driver.findElement(By.className("run-status")).getDomProperty("textContent");
    }

    private int epoch() {
        Matcher m = EPOCH.matcher(progress());
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    private long count(String tag, String method) {
        Object n = driver.executeScript("const e = document.querySelector(arguments[0]);"
                + " return e && e[arguments[1]] ? e[arguments[1]]() : 0;", tag, method);
        return ((Number) n).longValue();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
