package dev.chainrule.e2e;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.training.TrainingService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser test stands on: the app on a random port (test profile) and a headless Chromium per test
 * ({@link Browser}), as fresh as a new one: leased, and given back emptied afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {
    @LocalServerPort
    protected int port;
    protected ChromeDriver driver;
    protected Dom dom;
    protected WebDriverWait wait;

    /** The person the tests act as (signed up the first time). */
    protected static final String TESTER = "browser tester";
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected TrainingService training;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = readsNetworkLog() ? Browser.leaseWithNetworkLog() : Browser.lease();
        dom = new Dom(driver);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        if (startsSignedIn()) {
            logIn(driver, TESTER);
        }
    }

    /** Whether the test reads the network's events ({@code LogType.PERFORMANCE}), which other browsers do not log. */
    protected boolean readsNetworkLog() {
        return false;
    }

    /** Whether each test begins logged in as {@link #TESTER}; tests of anonymous visitors say no. */
    protected boolean startsSignedIn() {
        return true;
    }

    protected Visitor tester() {
        return People.person(accounts, TESTER);
    }

    /** Logs this browser in (the account is made first if needed); the next page it opens is that person's. */
    protected void logIn(ChromeDriver browser, String name) {
        People.person(accounts, name);
        Browser.logIn(browser, port, name);
    }

    /** Logs this browser in through the log-in page, as a person would (the account is made first if needed). */
    protected void logInThroughThePage(ChromeDriver browser, String name) {
        People.person(accounts, name);
        Browser.logInThroughThePage(browser, port, name);
    }

    /**
     * The tests share one server and its few CPU slots: a run the tester left training (a Lab run of 100,000
     * epochs, say) would slow the tests after it, and hold one of the tester's two runs at once.
     */
    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            Browser.giveBack(driver, port);
        }
        training.activeRuns(tester()).forEach(active -> training.stop(tester(), active.id()));
    }
}
