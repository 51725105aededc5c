package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.Account;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, acceptance 2, in two separate browsers (two cookie jars), everything through the pages:
 * A signs up, uploads a CSV, trains and shares; B, without an account, watches the epochs arrive
 * and finds nothing to change; B forks, signs up on the way, trains A's settings on a copy of A's
 * data and sees the new run named as forked from A's. The services are asked only at the end,
 * to check that A's run and dataset are as A left them.
 */
class TwoPeopleShareBrowserTest extends BrowserTest {
    private static final Pattern EPOCH = Pattern.compile("epoch ([\\d,]+) of");
    private static final String PASSWORD = "two browsers, one run";
    private static final String TITLE = "Quadrants, first try";
    private static final String NOTES = "Stochastic steps: watch the boundary wobble.";
    /** What nobody but the owner may press on a run; the share page must offer none of them. */
    private static final List<String> OWNER_BUTTONS = List.of("Train", "Pause", "Resume", "Step", "Stop", "Rename",
            "Delete", "Save notes", "Share\u2026", "Edit and run again", "Withdraw link", "New link");

    @Autowired
    private DatasetService datasets;
    @Autowired
    private RunService runs;
    @TempDir
    Path files;

    @Override
    protected boolean startsSignedIn() {
        return false;
    }

    @Test
    void aSharesARunningRunBWatchesForksSignsUpAndTrainsACopy() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String nameA = "Ada " + suffix;
        String nameB = "Ben " + suffix;
        Path csv = quadrants(files.resolve("quadrants-" + suffix + ".csv"));
        String datasetName = "quadrants-" + suffix;
        ChromeDriver a = driver; // the base class's browser is A's
        ChromeDriver b = Browser.lease(); // a Chromium of its own: none of A's cookies
        Long runA = null;
        try {
            signUp(a, nameA, true);
            upload(a, csv, datasetName);
            String network = train(a, datasetName);
            runA = openNewestRun(a);
            Dom domA = new Dom(a);
            domA.type(domA.fieldLabelled(a.findElement(By.tagName("body")), "vaadin-text-area", "Notes"), NOTES);
            domA.click(domA.button("Save notes"));
            domA.await().until(d -> d.findElement(By.className("notes-state")).getText().equals("Saved."));
            String link = share(a);
            String token = link.substring(link.lastIndexOf("/s/") + 3);

            watchLive(b, link, runA);
            Browser.screenshot(b, "share-page-live.png");
            assertNothingToChange(b);

            Dom domB = new Dom(b);
            domB.click(b.findElement(By.xpath("//vaadin-button[contains(., 'Fork')]")));
            new WebDriverWait(b, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
            b.findElement(By.xpath("//a[normalize-space(.)='Sign up']")).click();
            signUp(b, nameB, false);
            seeForkInLab(b, token, nameA, datasetName, network);
            Browser.screenshot(b, "lab-after-fork.png");
            long runB = trainFork(b);
            assertThat(b.findElement(By.className("derived-from")).getText())
                    .isEqualTo("forked from \u201c" + TITLE + "\u201d by " + nameA);

            Visitor visitorA = person(nameA);
            Visitor visitorB = person(nameB);
            Run original = runs.details(visitorA, runA).run();
            assertThat(original.getTitle()).isEqualTo(TITLE);
            assertThat(original.getNotes()).isEqualTo(NOTES);
            assertThat(original.getOwnerId()).isEqualTo(visitorA.accountId());
            String checksum = DatasetService.sha256(Files.readAllBytes(csv));
            List<Dataset> ownA = datasets.uploads(visitorA);
            assertThat(ownA).extracting(Dataset::getName).containsExactly(datasetName);
            assertThat(ownA.get(0).getChecksum()).isEqualTo(checksum);
            assertThat(ownA.get(0).getOrigin()).isNull();
            assertThat(original.getDatasetId()).isEqualTo(ownA.get(0).getId());
            List<Dataset> ownB = datasets.uploads(visitorB);
            assertThat(ownB).hasSize(1);
            assertThat(ownB.get(0).getChecksum()).isEqualTo(checksum);
            assertThat(ownB.get(0).getOrigin()).isNotBlank();
            Run forked = runs.details(visitorB, runB).run();
            assertThat(forked.getParentId()).isEqualTo(runA);
            assertThat(forked.getOwnerId()).isEqualTo(visitorB.accountId());
            assertThat(forked.getDatasetId()).isEqualTo(ownB.get(0).getId());
        } finally {
            Browser.giveBack(b, port);
            if (runA != null && training.isLive(runA)) {
                training.stop(person(nameA), runA);
            }
        }
    }

    /** The sign-up page, as a person fills it; A's is pictured before anything is typed. */
    private void signUp(ChromeDriver browser, String name, boolean fromTheStart) throws Exception {
        if (fromTheStart) {
            browser.get("http://localhost:" + port + "/signup");
        }
        Dom dom = new Dom(browser);
        WebElement page = dom.await().until(d -> d.findElement(By.className("signup-view")));
        if (fromTheStart) {
            Browser.screenshot(browser, "signup-page.png");
        }
        dom.type(dom.fieldLabelled(page, "vaadin-text-field", "User name"), name);
        dom.type(dom.fieldLabelled(page, "vaadin-password-field", "Password"), PASSWORD);
        dom.type(dom.fieldLabelled(page, "vaadin-password-field", "Password again"), PASSWORD);
        dom.click(dom.button("Sign up"));
        dom.await().until(d -> !d.getCurrentUrl().contains("/signup") && !d.getCurrentUrl().contains("/login"));
        if (fromTheStart) {
            dom.await().until(d -> d.findElement(By.id("account-name")).getText().strip().equals(name));
        }
    }

    private void upload(ChromeDriver browser, Path csv, String datasetName) {
        browser.get("http://localhost:" + port + "/datasets");
        Dom dom = new Dom(browser);
        WebElement input = dom.await().until(d -> (WebElement) browser.executeScript(
                "const u = document.querySelector('vaadin-upload');"
                        + "return u && (u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]')));"));
        input.sendKeys(csv.toAbsolutePath().toString());
        dom.await().until(d -> d.findElement(By.className("dataset-title")).getText().equals(datasetName));
    }

    /**
     * A trains long enough to still be training when B arrives: 100,000 epochs of one example at a
     * time on 1,000 rows. Returns the network summary, which B's Lab must show after the fork.
     */
    private String train(ChromeDriver browser, String datasetName) {
        browser.get("http://localhost:" + port + "/lab");
        Dom dom = new Dom(browser);
        dom.choose(dom.await().until(d -> d.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]"))),
                datasetName);
        dom.click(browser.findElement(By.id("lab-tab-training"))); // the settings share the column with the builder
        dom.choose(browser.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Batches']]")),
                "Stochastic (1 example)");
        dom.type(labelled(browser, "Epochs"), "100000");
        dom.type(labelled(browser, "Title"), TITLE);
        String network = dom.await().until(d -> {
            String summary = summary(d.findElement(By.className("network-summary")));
            return summary.endsWith("parameters to learn") ? summary : null;
        });
        dom.click(dom.button("Train"));
        dom.await().until(d -> epoch(d.findElement(By.className("run-status"))) > 0);
        return network;
    }

    /** The Runs page lists A's run first; its row opens its page. Returns the run's number, from the address. */
    private long openNewestRun(ChromeDriver browser) {
        browser.get("http://localhost:" + port + "/runs");
        Dom dom = new Dom(browser);
        By row = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + TITLE + "']");
        dom.await().until(d -> !d.findElements(row).isEmpty());
        browser.findElement(row).click();
        dom.await().until(d -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
        dom.await().until(d -> !d.findElements(By.xpath("//vaadin-text-area[label[normalize-space(.)='Notes']]")).isEmpty());
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** Share… opens the dialog with the run's link. */
    private String share(ChromeDriver browser) {
        Dom dom = new Dom(browser);
        dom.click(dom.button("Share\u2026"));
        WebElement field = dom.await().until(d -> d.findElement(By.cssSelector("vaadin-text-field.share-link input")));
        dom.await().until(d -> String.valueOf(field.getDomProperty("value")).contains("/s/"));
        String link = field.getDomProperty("value");
        assertThat(link).matches("http://localhost:" + port + "/s/[A-Za-z0-9_-]{16,32}");
        dom.click(dom.button("Close"));
        return link;
    }

    /** B opens the link while A's run trains: the epoch counter grows without a reload. */
    private void watchLive(ChromeDriver browser, String link, long runA) throws Exception {
        browser.get(link);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.className("shared-notes")).isEmpty());
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.className("shared-notes")).getText()).isEqualTo(NOTES);
        wait.until(d -> epoch(d.findElement(By.className("run-status"))) > 0);
        WebElement status = browser.findElement(By.className("run-status"));
        int first = epoch(status);
        assertThat(training.isLive(runA)).as("A's run must still train while B watches").isTrue();
        wait.withMessage(() -> "the epoch stayed at " + first + ": " + status.getText())
                .until(d -> epoch(status) > first + 10);
        int second = epoch(status);
        wait.until(d -> epoch(status) > second);
        assertThat(status.getText()).startsWith("Training");
        wait.until(d -> ((Number) browser.executeScript("const c = document.querySelector('chainrule-chart');"
                + " return c && c.pointCount ? c.pointCount() : 0;")).longValue() > 0);
        Thread.sleep(1000); // the charts draw on the next frames, for the picture
    }

    /** No button that changes a run, no field to type notes or a title into, no upload. */
    private static void assertNothingToChange(ChromeDriver browser) {
        for (String text : OWNER_BUTTONS) {
            assertThat(browser.findElements(By.xpath("//vaadin-button[text()[normalize-space(.)='" + text + "']]")))
                    .as("a %s button on the share page", text).isEmpty();
        }
        // each button's own words, without its tooltip; an icon-only button (rename, delete) has none and would show as "";
        // the frame's header (menu, presentation size, account) changes no run and is left out
        Object buttons = browser.executeScript("return Array.from(document.querySelectorAll('vaadin-button'))"
                + ".filter(b => !b.closest('[slot=navbar]')).map(b =>"
                + " Array.from(b.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim());");
        assertThat(buttons).asList().containsExactly("Fork: train it yourself");
        assertThat(browser.findElements(By.cssSelector("vaadin-text-area, vaadin-text-field, vaadin-upload, "
                + "vaadin-select, vaadin-grid vaadin-button, input[type=text], textarea"))).isEmpty();
    }

    /** B is back from signing up, in the Lab at {@code lab?fork=TOKEN}, with A's title, network and a copy of A's data. */
    private void seeForkInLab(ChromeDriver browser, String token, String nameA, String datasetName, String network) {
        Dom dom = new Dom(browser);
        dom.await().until(d -> d.findElements(By.className("forked-from")).stream().anyMatch(WebElement::isDisplayed));
        assertThat(browser.getCurrentUrl()).endsWith("/lab?fork=" + token);
        assertThat(browser.findElement(By.className("forked-from")).getText())
                .isEqualTo("Forked from \u201c" + TITLE + "\u201d by " + nameA + ". Train to make your own run.");
        assertThat(labelled(browser, "Title").findElement(By.tagName("input")).getDomProperty("value")).isEqualTo(TITLE);
        assertThat(labelled(browser, "Epochs").findElement(By.tagName("input")).getDomProperty("value"))
                .isEqualTo("100000");
        assertThat(summary(browser.findElement(By.className("network-summary")))).isEqualTo(network);
        WebElement picker = browser.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]"));
        assertThat(picker.findElement(By.tagName("vaadin-select-value-button")).getText()).isEqualTo(datasetName);
        assertThat(browser.findElements(By.xpath("//vaadin-select[label[normalize-space(.)='Batches']]"
                + "//vaadin-select-value-button[normalize-space(.)='Stochastic (1 example)']"))).hasSize(1);
    }

    /** B makes the run short, trains it to the end and opens its page. Returns its number. */
    private long trainFork(ChromeDriver browser) {
        Dom dom = new Dom(browser);
        dom.click(browser.findElement(By.id("lab-tab-training")));
        dom.type(labelled(browser, "Epochs"), "30");
        dom.click(dom.button("Train"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(d -> d.findElement(By.className("run-status")).getDomProperty("textContent").startsWith("Completed"));
        long run = openNewestRun(browser);
        wait.until(d -> !d.findElements(By.className("derived-from")).isEmpty());
        return run;
    }

    private static WebElement labelled(ChromeDriver browser, String label) {
        return browser.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='" + label + "']]"));
    }

    /** "105 parameters to learn"; textContent, as the Lab's left column may be scrolled. */
    private static String summary(WebElement networkSummary) {
        return networkSummary.getDomProperty("textContent").strip();
    }

    private static int epoch(WebElement status) {
        Matcher m = EPOCH.matcher(status.getDomProperty("textContent"));
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    private Visitor person(String name) {
        return accounts.findByName(name).map(Account::visitor).orElseThrow();
    }

    /** 1,000 points x, y; "yes" where x·y > 0 (two opposite quadrants). */
    private static Path quadrants(Path file) throws Exception {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 1000; i++) {
            double x = random.nextDouble() * 2 - 1;
            double y = random.nextDouble() * 2 - 1;
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f,%s%n", x, y, x * y > 0 ? "yes" : "no"));
        }
        return Files.writeString(file, csv);
    }
}
