package dev.chainrule.e2e;

import dev.chainrule.account.FormLogIn;
import dev.chainrule.account.People;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
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

    /** The window every browser starts with (and is given back at). */
    private static final Dimension WINDOW = new Dimension(1400, 1200);
    /**
     * Browsers a finished test gave back, emptied, for the next test: starting Chromium took 1.5–3 s of every
     * browser test, and a JVM's tests run one after another, so one idle browser is usually all there is.
     * Those that log the network ({@link #leaseWithNetworkLog}) wait apart from the others.
     */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();
    private static final Deque<ChromeDriver> IDLE_NETWORK_LOGGED = new ArrayDeque<>();
    /** The browsers that keep Chromium's performance log (every network event): see {@link #start(Path, boolean)}. */
    private static final Set<ChromeDriver> NETWORK_LOGGED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(ChromeDriver::quit);
                IDLE_NETWORK_LOGGED.forEach(ChromeDriver::quit);
            }
        }, "quit idle browsers"));
    }

    private Browser() {
    }

    /** A new browser that logs the network too, as the benchmarks read it. */
    static ChromeDriver start() throws IOException {
        return start(CHROMEDRIVER, true);
    }

    /**
     * A browser as fresh as a new one (no cookies, no storage, one tab of the usual size), another test's if one was
     * given back; without the network log, which only {@link #leaseWithNetworkLog} keeps.
     */
    static ChromeDriver lease() throws IOException {
        return lease(false);
    }

    /** As {@link #lease()}, for a test that reads the network's events ({@code LogType.PERFORMANCE}). */
    static ChromeDriver leaseWithNetworkLog() throws IOException {
        return lease(true);
    }

    private static ChromeDriver lease(boolean networkLog) throws IOException {
        synchronized (IDLE) {
            ChromeDriver idle = (networkLog ? IDLE_NETWORK_LOGGED : IDLE).poll();
            if (idle != null) {
                return idle;
            }
        }
        return start(CHROMEDRIVER, networkLog);
    }

    /**
     * Takes a leased browser back: a new tab replaces every open one (so scripts a test added to new documents and
     * device emulation go with them), cookies and this server's storage are cleared, the window gets its usual size and
     * the logs are read empty. A browser that cannot be reset (it was quit, a dialog is open) is quit instead.
     */
    static void giveBack(ChromeDriver driver, int port) {
        try {
            Set<String> open = driver.getWindowHandles();
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String tab : open) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin",
                    Map.of("origin", "http://localhost:" + port, "storageTypes", "all"));
            driver.manage().window().setSize(WINDOW);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.manage().logs().get(LogType.BROWSER);
            if (NETWORK_LOGGED.contains(driver)) {
                driver.manage().logs().get(LogType.PERFORMANCE);
            }
        } catch (RuntimeException unusable) {
            NETWORK_LOGGED.remove(driver);
            driver.quit();
            return;
        }
        synchronized (IDLE) {
            (NETWORK_LOGGED.contains(driver) ? IDLE_NETWORK_LOGGED : IDLE).push(driver);
        }
    }

    /**
     * Chromium confined to one CPU ({@code taskset}), for benchmarks that stand in for a student's own computer: the
     * browser then cannot take the core the server trains on. Confined is chromedriver, which remote-controls the
     * browser as a student's hands would (it receives every event the browser logs for the test: about 3 % of a core
     * while the Lab trains, measured), and so every process it starts, Chromium's too. It runs with a student's rights
     * over scheduling ({@link #AS_A_STUDENT}).
     */
    static ChromeDriver startOnCpu(int cpu) throws IOException {
        return startOnCpu(cpu, true);
    }

    /**
     * As {@link #startOnCpu(int)}; without {@code networkLog} the browser sends chromedriver none of its network events
     * (each one a copy of a push frame, made on the page's main thread).
     */
    static ChromeDriver startOnCpu(int cpu, boolean networkLog) throws IOException {
        return start(driverScript(AS_A_STUDENT + "taskset -c " + cpu + " "), networkLog);
    }

    /**
     * As {@link #startOnCpu(int, boolean)}, and at the scheduler's idle priority ({@code chrt --idle}): the browser uses
     * only the time the server leaves on that CPU. A student's browser runs on the student's computer and takes no CPU
     * time from the server. On a machine of two cores the browser's core is also the server's second one: a browser at
     * normal priority there made the server's other threads (the JIT, the epoch writer, the push) queue on the core the
     * run trained on (LabSpeedBenchmark measured the training thread waiting 0.8 s of a 4-second run for a CPU, and
     * 0.09 s with the browser at idle priority, which still received every push frame, about ten a second, and drew the
     * neurons' pictures).
     */
    static ChromeDriver startYieldingOnCpu(int cpu, boolean networkLog) throws IOException {
        return start(driverScript(AS_A_STUDENT + "chrt --idle 0 taskset -c " + cpu + " "), networkLog);
    }

    /**
     * Chromium on any core but with a student's rights over scheduling ({@link #AS_A_STUDENT}), for a benchmark that
     * measures what a browser beside the server takes from it.
     */
    static ChromeDriver startAsAStudent(boolean networkLog) throws IOException {
        return start(driverScript(AS_A_STUDENT), networkLog);
    }

    /**
     * Chromium raises its display threads (the browser's and the GPU process's main threads, the compositor, IO) to
     * niceness -8 when it may, which root may: on this machine they then took the CPU from the server ahead of all its
     * threads. A student's browser runs as the student and may not; {@code setpriv} takes the right (CAP_SYS_NICE) away
     * from chromedriver and everything it starts, where this JVM has it. Empty where it has not (an ordinary user's
     * JVM: its browsers cannot raise their priority anyway).
     */
    static final String AS_A_STUDENT = mayRaisePriority() && Files.isExecutable(Path.of("/usr/bin/setpriv"))
            ? "/usr/bin/setpriv --bounding-set=-sys_nice " : "";

    // CAP_SYS_NICE (bit 23) in this process's effective capabilities, with CAP_SETPCAP (bit 8), which setpriv needs to
    // take it away
    private static boolean mayRaisePriority() {
        long both = (1L << 23) | (1L << 8);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    return (Long.parseUnsignedLong(line.substring("CapEff:".length()).trim(), 16) & both) == both;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or no such line: nothing to take away
        }
        return false;
    }

    // a script that runs chromedriver behind the given command prefix (each word followed by a space)
    private static Path driverScript(String prefix) throws IOException {
        Path wrapper = Files.createTempFile("chromedriver-wrapped", ".sh");
        Files.writeString(wrapper, "#!/bin/sh\nexec " + prefix + CHROMEDRIVER + " \"$@\"\n");
        wrapper.toFile().setExecutable(true);
        wrapper.toFile().deleteOnExit();
        return wrapper;
    }

    /**
     * Logs the browser in as {@code name} (whose account must exist: {@code People.person(accounts, name)}) with
     * {@link People#PASSWORD}: the log-in form's own post, sent from here, and its session cookie handed to the
     * browser, so the next page the browser opens is that person's. Loading the log-in page and the page after it
     * took about 5 s of each browser test; {@link #logInThroughThePage} is the way a person does it.
     */
    static void logIn(ChromeDriver browser, int port, String name) {
        HttpResponse<String> answer;
        try {
            answer = FormLogIn.post(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), port, name, false);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("log-in post for " + name + " failed", e);
        }
        String session = answer.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length()).split(";", 2)[0])
                .findFirst().orElse(null);
        String to = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || session == null || to.contains("error")) {
            throw new IllegalStateException("log-in refused for " + name + ": HTTP " + answer.statusCode() + " to " + to);
        }
        browser.executeCdpCommand("Network.setCookie", Map.of("name", "JSESSIONID", "value", session,
                "url", "http://localhost:" + port + "/", "httpOnly", true, "sameSite", "Lax"));
    }

    /**
     * Logs the browser in through the app's log-in page, as a person would, with {@link People#PASSWORD}
     * (the account must exist: {@code People.person(accounts, name)}), and waits until the page has left it.
     */
    static void logInThroughThePage(ChromeDriver browser, int port, String name) {
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

    /**
     * @param chromedriver the driver to run ({@link #CHROMEDRIVER}, or a wrapper that confines it to a CPU)
     * @param networkLog whether Chromium's performance log is kept: every network event, each push's WebSocket frame
     *                   with its payload, passed through chromedriver. Only a few tests read it, and it cost the others
     *                   CPU (chromedriver's and the reads that empty it) on the two cores the server and the browser share.
     */
    private static ChromeDriver start(Path chromedriver, boolean networkLog) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            // On a developer machine without a browser, say how to get one; CI (.ci/run) installs it and must not skip.
            Assumptions.abort("Browser tests need Debian's chromium: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WINDOW.width + "," + WINDOW.height,
                // a tab in the background goes on handling pushes as a student's own tab in front would
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        if (networkLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        logs.enable(LogType.BROWSER, Level.ALL); // the console, so a test can check that no script failed
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        if (networkLog) {
            NETWORK_LOGGED.add(driver);
        }
        return driver;
    }
}
