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
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A teacher trains in front of the class and 30 students follow the run on its share page. The same
 * run is measured unwatched and watched, each paused after a first stretch and measured from its resume
 * to its end on its own clock (the elapsed time stored with its epochs), so opening the pages is not
 * part of it. Prints the speeds and their ratio, and checks that every page saw the run to its end.
 *
 * <ul>
 * <li>{@link #thirtyInProcessSharePages} (the goal: watched at least 90% of unwatched): 30 in-process
 * UIs, each its own Vaadin session, their pushes encoded as for a browser ({@link InProcessViewer}). It
 * measures what the server pays for its viewers, as in a class whose browsers are on the students'
 * computers.</li>
 * <li>{@link #thirtyChromiumTabs}: 30 tabs of one Chromium on this same two-core machine, which shows
 * what 30 browsers drawing the charts take from the server when they share its cores.</li>
 * </ul>
 * Run: {@code ./mvnw -Pbench test -Dtest=ShareViewersBenchmark}
 */
class ShareViewersBenchmark extends ServerBenchmark {
    static final int EPOCHS = 20_000;
    static final int VIEWERS = 30;

    @Autowired
    RunService runs;
    @Autowired
    ShareService shares;
    @Autowired
    ApplicationContext context;

    @Test
    void thirtyInProcessSharePages() throws Exception {
        compare(() -> new InProcessSharePages(context, VIEWERS), VIEWERS + " in-process share pages");
    }

    @Test
    void thirtyChromiumTabs() throws Exception {
        compare(() -> new BrowserSharePages(port, VIEWERS), VIEWERS + " Chromium tabs on the same machine");
    }

    private void compare(Supplier<SharePages> pages, String what) throws Exception {
        Visitor teacher = person("teacher");
        String key = Playground.circles(datasets, teacher);
        measure(teacher, key, pages.get(), "warm-up, " + what); // the engine and the push path compiled
        double unwatched = measure(teacher, key, null, "nobody watching");
        double watched = measure(teacher, key, pages.get(), what);
        double again = measure(teacher, key, null, "nobody watching, again");
        double base = (unwatched + again) / 2;
        System.out.printf("SHARE-BENCH watched by %s: %.0f epochs/s = %.0f%% of unwatched (%.0f and %.0f epochs/s "
                + "before and after); goal at least 90%% with in-process pages%n", what, watched, 100 * watched / base,
                unwatched, again);
    }

    /** The run's epochs per second from its resume to its end, with {@code pages} (or none) following it. */
    private double measure(Visitor teacher, String key, SharePages pages, String what) throws Exception {
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 10, EPOCHS, true, 42);
        long id = launcher.launch("Shared " + what, key, DataOptions.defaults().withStandardize(true)
                .withValidation(0.2, 1), Playground.LAYERS, config, Init.XAVIER, teacher, null);
        Waiting.until(() -> runs.details(teacher, id).run().getEpochsDone() >= 200, "the first 200 epochs");
        training.pause(teacher, id);
        Waiting.until(() -> runs.details(teacher, id).run().getStatus() == RunStatus.PAUSED, "the run pauses");
        Thread.sleep(1000); // the epoch writer stores what it holds (every 250 ms)
        try (SharePages watching = pages) {
            if (watching != null) {
                watching.open(shares.share(teacher, id));
            }
            int resumedAt = runs.details(teacher, id).history().size();
            training.resume(teacher, id);
            Waiting.until(() -> !training.isLive(id), "the run ends");
            List<EpochRecord> history = runs.details(teacher, id).history();
            // the first epoch trained after the resume: an epoch's elapsed time counts from the start of
            // training, so the one before it would put the whole pause into the measured time
            EpochRecord from = history.get(resumedAt);
            EpochRecord last = history.get(history.size() - 1);
            double seconds = (last.elapsedMs() - from.elapsedMs()) / 1000.0;
            double speed = (last.epoch() - from.epoch()) / seconds;
            String traffic = "";
            if (watching != null) {
                watching.checkEverySawTheEnd(EPOCHS);
                traffic = watching.traffic(seconds);
            }
            System.out.printf("SHARE-BENCH %s: %.0f epochs/s over epochs %d to %d%s%n", what, speed, from.epoch(),
                    last.epoch(), traffic);
            return speed;
        }
    }
}
