package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Content-Security-Policy in a real browser: logging in, training the seed example (its curves
 * arriving over the push WebSocket), the Lab's charts and the Runs list all work under it, and Chromium
 * reports no violation. A deliberate violation at the end shows that the policy is enforced and that a
 * violation would have reached the log this test reads.
 */
class SecurityHeadersBrowserTest extends BrowserTest {
    private static final String VIOLATION = "Content Security Policy";
    private static final String CANVAS_IN = "return document.querySelector(arguments[0] + ' canvas') !== null;";
    private final List<LogEntry> console = new ArrayList<>();
    private final List<LogEntry> network = new ArrayList<>();

    @Override
    protected boolean readsNetworkLog() {
        return true;
    }

    @Test
    void theAppWorksUnderItsPolicyWithoutAViolation() {
        driver.get("http://localhost:" + port + "/");
        WebElement train = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Train']")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", train);
        train.click();
        wait.until(d -> d.findElement(By.className("run-status")).getText().startsWith("Completed"));
        assertThat(canvasIn("chainrule-chart")).as("the seed page's curves drawn").isTrue();
        readLogs();
        assertThat(network).as("the push WebSocket to this server, allowed by connect-src 'self'")
                .anyMatch(e -> e.getMessage().contains("Network.webSocketHandshakeResponseReceived"))
                .anyMatch(e -> e.getMessage().contains("Network.webSocketFrameReceived"));

        driver.get("http://localhost:" + port + "/lab");
        wait.withMessage("the Lab's charts drawn").until(d -> canvasIn("chainrule-chart")
                && canvasIn("chainrule-network") && canvasIn("chainrule-boundary"));

        driver.get("http://localhost:" + port + "/runs");
        wait.until(d -> !d.findElements(By.xpath(
                "//vaadin-grid-cell-content[normalize-space(.)='Seed example, learning rate 0.1']")).isEmpty());
        readLogs();
        assertThat(console).as("what Chromium logged").noneMatch(e -> e.getMessage().contains(VIOLATION));

        // An image from another origin is refused, and the refusal is logged where we looked.
        driver.executeScript("const img = document.createElement('img');"
                + "img.src = 'https://example.com/pixel.png'; document.body.appendChild(img);");
        wait.until(d -> {
            readLogs();
            return console.stream().anyMatch(e -> e.getMessage().contains(VIOLATION)
                    && e.getMessage().contains("example.com") && e.getMessage().contains("img-src"));
        });
    }

    private boolean canvasIn(String tag) {
        return Boolean.TRUE.equals(driver.executeScript(CANVAS_IN, tag));
    }

    // Chromium hands each log entry out once, so they are kept here as they are read.
    private void readLogs() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        network.addAll(driver.manage().logs().get(LogType.PERFORMANCE).getAll());
    }
}
