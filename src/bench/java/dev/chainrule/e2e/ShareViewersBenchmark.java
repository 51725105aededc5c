package dev.chainrule.e2e;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.share.ShareService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher trains in front of the class and 30 students follow the run on its share page. The
 * viewers are 30 tabs of one headless Chromium: 30 Vaadin UIs with 30 push connections, so the server
 * does for each what it does for a student's own browser. Chromium is kept to CPU 1, as the students'
 * computers would be their own; the server has both cores. The same run is measured unwatched and
 * watched, each paused after a first stretch and measured from its resume to its end on its own clock
 * (the elapsed time stored with its epochs), so opening the 30 pages is not part of it. Prints both
 * speeds and their ratio (the goal: watched at least 90% of unwatched), and checks that every tab saw
 * the run to its last epoch.
 * Run: {@code ./mvnw -Pbench test -Dtest=ShareViewersBenchmark}
 */
class ShareViewersBenchmark extends ServerBenchmark {
    static final int EPOCHS = 20_000;
    static final int VIEWERS = 30;

    @Autowired
    RunService runs;
    @Autowired
    ShareService shares;

    @Test
    void thirtyStudentsWatchingDoNotSlowTheTeachersRun() throws Exception {
        Visitor teacher = person("teacher");
        String key = Playground.circles(datasets, teacher);
        measure(teacher, key, 0, "warm-up");
        double unwatched = measure(teacher, key, 0, "nobody watching");
        double watched = measure(teacher, key, VIEWERS, VIEWERS + " share pages open");
        double again = measure(teacher, key, 0, "nobody watching, again");
        double base = (unwatched + again) / 2;
        System.out.printf("SHARE-BENCH watched by %d share pages: %.0f epochs/s = %.0f%% of unwatched (%.0f and %.0f epochs/s "
                + "before and after); goal at least 90%%%n", VIEWERS, watched, 100 * watched / base, unwatched, again);
    }

    /** The run's epochs per second from its resume to its end, with {@code viewers} share pages following it. */
    private double measure(Visitor teacher, String key, int viewers, String what) throws Exception {
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 10, EPOCHS, true, 42);
        long id = launcher.launch("Shared " + what, key, DataOptions.defaults().withStandardize(true)
                .withValidation(0.2, 1), Playground.LAYERS, config, Init.XAVIER, teacher, null);
        awaitEpochs(teacher, id, 200);
        training.pause(teacher, id);
        await(() -> runs.details(teacher, id).run().getStatus() == RunStatus.PAUSED, "the run pauses");
        Thread.sleep(1000); // the epoch writer stores what it holds (every 250 ms)
        ChromeDriver browser = viewers > 0 ? Browser.startOnCpu(1) : null;
        try {
            if (browser != null) {
                openSharePages(browser, shares.share(teacher, id), viewers);
            }
            int resumedAt = runs.details(teacher, id).history().size();
            training.resume(teacher, id);
            await(() -> !training.isLive(id), "the run ends");
            List<EpochRecord> history = runs.details(teacher, id).history();
            // the first epoch trained after the resume: an epoch's elapsed time counts from the start of
            // training, so the one before it would put the whole pause into the measured time
            EpochRecord from = history.get(resumedAt);
            EpochRecord last = history.get(history.size() - 1);
            double speed = (last.epoch() - from.epoch()) / ((last.elapsedMs() - from.elapsedMs()) / 1000.0);
            System.out.printf("SHARE-BENCH %s: %.0f epochs/s over epochs %d to %d%n", what, speed, from.epoch(), last.epoch());
            if (browser != null) {
                checkEveryPageSawTheEnd(browser);
            }
            return speed;
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private void openSharePages(ChromeDriver browser, String token, int viewers) {
        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < viewers; i++) {
            if (i > 0) {
                browser.switchTo().newWindow(WindowType.TAB);
            }
            browser.get("http://localhost:" + port + "/s/" + token);
            new Dom(browser).await().until(d -> status(browser).startsWith("Paused"));
            tabs.add(browser.getWindowHandle());
        }
    }

    private static void checkEveryPageSawTheEnd(ChromeDriver browser) {
        int seen = 0;
        for (String tab : browser.getWindowHandles()) {
            browser.switchTo().window(tab);
            // "Completed after 20,000 epochs (…)": the page heard the end, after the last epoch
            new Dom(browser).await().until(d -> status(browser).startsWith("Completed")
                    && status(browser).contains(String.format("%,d", EPOCHS)));
            seen++;
        }
        if (seen != VIEWERS) {
            throw new AssertionError(seen + " share pages, not " + VIEWERS);
        }
    }

    private void awaitEpochs(Visitor owner, long id, int epochs) throws InterruptedException {
        await(() -> runs.details(owner, id).run().getEpochsDone() >= epochs, "the first " + epochs + " epochs");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 600_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static String status(ChromeDriver driver) {
        return driver.findElements(By.className("run-status")).stream().findFirst()
                .map(e -> e.getDomProperty("textContent")).orElse("");
    }
}
