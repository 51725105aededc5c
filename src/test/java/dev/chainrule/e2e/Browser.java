package dev.chainrule.e2e;

import dev.chainrule.account.People;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. Never lets Selenium Manager download a
 * browser or driver: the machine has none to fetch, and tests must use what is installed.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() throws IOException {
        return start(CHROMIUM);
    }

    /**
     * Chromium confined to one CPU ({@code taskset}), for benchmarks that stand in for a student's
     * own computer: the browser then cannot take the core the server trains on.
     */
    static ChromeDriver startOnCpu(int cpu) throws IOException {
        Path wrapper = Files.createTempFile("chromium-on-cpu", ".sh");
        Files.writeString(wrapper, "#!/bin/sh\nexec taskset -c " + cpu + " " + CHROMIUM + " \"$@\"\n");
        wrapper.toFile().setExecutable(true);
        wrapper.toFile().deleteOnExit();
        return start(wrapper);
    }

    /**
     * Logs the browser in through the app's log-in page, as a person would, with {@link People#PASSWORD}
     * (the account must exist: {@code People.person(accounts, name)}). Shared by the browser tests and the
     * benchmarks, whose Lab pages are only for people logged in.
     */
    static void logIn(ChromeDriver browser, int port, String name) {
        browser.get("http://localhost:" + port + "/login");
        WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(60));
        until.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        browser.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(name);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(People.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
        until.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Saves what the browser shows as target/screenshots/{@code name}, to look at after the test. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static ChromeDriver start(Path binary) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            // On a developer machine without a browser, say how to get one; CI (.ci/run) installs it and must not skip.
            Assumptions.abort("Browser tests need Debian's chromium: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1200",
                // a tab in the background goes on handling pushes as a student's own tab in front would
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL); // the console, so a test can check that no script failed
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }
}
