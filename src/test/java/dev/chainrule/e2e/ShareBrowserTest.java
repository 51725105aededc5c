package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A share link in a real browser: a class watches a run train without accounts, the page's owner
 * texts stay text, the token does not leak in Referer headers, Fork goes through log-in and comes
 * back, and a withdrawn link answers 404.
 */
class ShareBrowserTest extends BrowserTest {
    private static final String TITLE = "<img src=x onerror=window.__xss=1> Quadrants";
    private static final String NOTES = "Watch the boundary bend.\n<b id=injected-b>not bold</b>";

    @Autowired
    private DatasetService datasets;
    @Autowired
    private RunLauncher launcher;
    @Autowired
    private RunService runs;
    @Autowired
    private ShareService shares;

    @Override
    protected boolean startsSignedIn() {
        return false;
    }

    @Test
    void aClassWatchesTheRunLiveForksAfterLoggingInAndAWithdrawnLinkIs404() throws Exception {
        Visitor teacher = People.person(accounts, "teacher");
        var upload = SharedRuns.upload(datasets, teacher, "quadrants.csv", 5);
        long run = SharedRuns.train(launcher, teacher, "upload:" + upload.getId(), "Quadrants", 20_000);
        runs.rename(teacher, run, TITLE);
        runs.updateNotes(teacher, run, NOTES);
        String token = shares.share(teacher, run);
        String link = "http://localhost:" + port + "/s/" + token;
        try {
            HttpResponse<String> page = get(link);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(get("http://localhost:" + port + "/login").headers().firstValue("Referrer-Policy")).isEmpty();

            driver.get(link);
            wait.until(d -> !d.findElements(By.cssSelector(".shared-notes")).isEmpty());
            assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo(TITLE);
            assertThat(driver.findElement(By.cssSelector(".shared-notes")).getText())
                    .isEqualTo("Watch the boundary bend.\n<b id=injected-b>not bold</b>");
            // live: the final numbers are read again when the run ends, without a reload
            wait.until(d -> d.findElement(By.cssSelector(".shared-final")).getText().contains("Completed"));
            wait.until(d -> ((Number) driver.executeScript("const b = document.querySelector('chainrule-boundary');"
                    + " return b && b.pointCount ? b.pointCount() : 0;")).longValue() > 0);
            Thread.sleep(1000); // the charts draw on the next frames
            Browser.screenshot(driver, "share-page.png");
            driver.executeScript("document.querySelector('.shared-dataset').scrollIntoView()");
            Browser.screenshot(driver, "share-page-settings.png");
            driver.executeScript("document.querySelector('h2').scrollIntoView()");
            assertThat(driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
            assertThat(driver.findElements(By.cssSelector("img[src=x], #injected-b"))).isEmpty();

            driver.findElement(By.xpath("//vaadin-button[contains(., 'Fork')]")).click();
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
            logInThroughThePage(driver, "student"); // and back to the fork it asked for
            wait.until(d -> !d.findElements(By.cssSelector(".forked-from")).isEmpty());
            assertThat(driver.getCurrentUrl()).endsWith("/lab?fork=" + token);
            assertThat(driver.findElement(By.cssSelector(".forked-from")).getText())
                    .isEqualTo("Forked from \u201c" + TITLE + "\u201d by teacher. Train to make your own run.");
            assertThat(datasets.uploads(People.person(accounts, "student"))).hasSize(1);

            shares.revoke(teacher, run);
            assertThat(get(link).statusCode()).isEqualTo(404);
            assertThat(get(link).headers().firstValue("Referrer-Policy")).contains("no-referrer");
            driver.get(link);
            wait.until(d -> !d.findElements(By.cssSelector(".not-found-message")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".not-found-message")).getText())
                    .isEqualTo("This link does not exist or was withdrawn by its owner.");
            driver.get("http://localhost:" + port + "/no/such/page");
            wait.until(d -> !d.findElements(By.cssSelector(".not-found-message")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".not-found-message")).getText())
                    .isEqualTo("Nothing is at this address. Check the link, or start from one of the pages below.");
            Browser.screenshot(driver, "not-found-page.png");
        } finally {
            if (training.isLive(run)) {
                training.stop(teacher, run);
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
