package dev.chainrule.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Share pages as tabs of one headless Chromium kept to CPU 1: real browsers, with their push
 * connections, rendering the charts, on the server's own machine (two cores), so their drawing
 * competes with the server; a class's browsers would be on their own computers.
 */
final class BrowserSharePages implements SharePages {
    private final int port;
    private final int count;
    private ChromeDriver browser;

    BrowserSharePages(int port, int count) {
        this.port = port;
        this.count = count;
    }

    @Override
    public void open(String token) throws Exception {
        browser = Browser.startOnCpu(1);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                browser.switchTo().newWindow(WindowType.TAB);
            }
            browser.get("http://localhost:" + port + "/s/" + token);
            new Dom(browser).await().until(d -> status().startsWith("Paused"));
        }
    }

    @Override
    public void checkEverySawTheEnd(int epochs) {
        int seen = 0;
        for (String tab : browser.getWindowHandles()) {
            browser.switchTo().window(tab);
            new Dom(browser).await().until(d -> SharePages.sawTheEnd(status(), epochs));
            seen++;
        }
        if (seen != count) {
            throw new AssertionError(seen + " share pages, not " + count);
        }
    }

    @Override
    public String traffic(double seconds) {
        return "";
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String status() {
        return browser.findElements(By.className("run-status")).stream().findFirst()
                .map(e -> e.getDomProperty("textContent")).orElse("");
    }
}
