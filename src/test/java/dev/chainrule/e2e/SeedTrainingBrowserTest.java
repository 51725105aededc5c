package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person's first visit, in a real browser against the running app: press Train on the seed
 * example, see the chart grow over the WebSocket while training runs, find the run saved.
 */
class SeedTrainingBrowserTest extends BrowserTest {
    @Override
    protected boolean readsNetworkLog() {
        return true;
    }

    @Test
    void trainingTheSeedExampleStreamsTheLossCurveLiveAndSavesTheRun() throws Exception {
        driver.get("http://localhost:" + port + "/");
        WebElement train = wait.until(ExpectedConditions.elementToBeClickable(button("Train")));
        driver.manage().logs().get(LogType.PERFORMANCE); // forget the page load's network events

        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", train);
        train.click();

        // While the run is still training, points keep arriving and no request comes from the page.
        wait.until(d -> pointCount() > 0 && status().startsWith("Training"));
        long first = pointCount();
        wait.until(d -> pointCount() > first + 50);
        assertThat(status()).startsWith("Training");
        saveScreenshot("seed-training-live.png");
        assertThat(pushFramesReceived()).as("WebSocket frames on /VAADIN/push").isGreaterThan(2);

        wait.until(d -> status().startsWith("Completed"));
        assertThat(pointCount()).isEqualTo(1000);
        assertThat(status()).contains("epoch 1,000 of 1,000").containsPattern("prediction 0\\.9\\d+");
        saveScreenshot("seed-training.png");

        driver.get("http://localhost:" + port + "/runs");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Completed']")).isEmpty());
        assertThat(driver.findElements(By.xpath(
                "//vaadin-grid-cell-content[normalize-space(.)='Seed example, learning rate 0.1']"))).isNotEmpty();
    }

    private static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    private long pointCount() {
        Object count = driver.executeScript(
                "const c = document.querySelector('chainrule-chart'); return c && c.pointCount ? c.pointCount() : 0;");
        return ((Number) count).longValue();
    }

    private String status() {
        return driver.findElement(By.className("run-status")).getText();
    }

    /** Counts frames the browser received on Vaadin's push WebSocket, from Chrome's network log. */
    private long pushFramesReceived() {
        String socketId = null;
        long frames = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("Network.webSocketCreated") && message.contains("VAADIN/push")) {
                socketId = requestId(message);
            } else if (message.contains("Network.webSocketFrameReceived")
                    && (socketId == null || message.contains(socketId))) {
                frames++;
            }
        }
        return frames;
    }

    private static String requestId(String message) {
        int start = message.indexOf("\"requestId\":\"") + 13;
        return message.substring(start, message.indexOf('"', start));
    }

    private void saveScreenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
