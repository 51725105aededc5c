package dev.chainrule.e2e;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.StartOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Benchmark, not a test (in src/bench, compiled and run only by the bench profile): a classroom on this 2-core
 * machine. Eight people train the playground workload (2-8-8-1 tanh, Adam, batches of 10, the
 * 1,000 circles) at once with the default pool; meanwhile a ninth person opens the Lab in
 * Chromium and edits a network (Add Dense, Remove layer: each a round trip to the server).
 * Prints each run's epochs in the measured window and the ninth person's response times.
 * The eight are eight people ("student 0" to "student 7"), each under the per-person limit of runs;
 * the ninth is the bench person, logged in before the measured window opens.
 * Run: {@code ./mvnw -Pbench test -Dtest=ClassroomBenchmark}
 */
class ClassroomBenchmark extends ServerBenchmark {
    private static final int RUNS = 8;
    private static final int CLICKS = 30;
    // clicks a button of the Lab and resolves with the milliseconds until the network summary changed
    static final String TIMED_CLICK = """
            const done = arguments[arguments.length - 1];
            const summary = document.querySelector('.network-summary');
            const before = summary.textContent;
            const button = [...document.querySelectorAll('vaadin-button')]
                .find(b => b.textContent.trim() === arguments[0] || b.getAttribute('aria-label') === arguments[0]);
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (summary.textContent !== before) { observer.disconnect(); done(performance.now() - start); }
            });
            observer.observe(summary, { childList: true, characterData: true, subtree: true });
            button.click();
            """;

    /** Counts a run's epochs as they are pushed to a viewer. */
    static final class Counter implements RunSubscriber {
        final AtomicInteger epochs = new AtomicInteger();

        @Override
        public void onEpochs(List<EpochRecord> batch) {
            epochs.addAndGet(batch.size());
        }

        @Override
        public void onFinished(RunStatus status, String message) {
        }
    }

    private double openLab(ChromeDriver driver) {
        long start = System.nanoTime();
        driver.get("http://localhost:" + port + "/lab");
        new Dom(driver).await().until(d -> !d.findElements(By.className("network-summary")).isEmpty()
                && !d.findElements(By.xpath("//vaadin-button[text()[normalize-space(.)='Add Dense']]")).isEmpty());
        return (System.nanoTime() - start) / 1e6;
    }

    @Test
    void eightRunsAndANinthPerson() throws Exception {
        String key = Playground.circles(datasets, bench());
        DataOptions options = DataOptions.defaults().withStandardize(true).withValidation(0.0, 1);
        // prepared once from the bench person's upload, as the eight students' runs all train on the same rows
        PreparedData data = launcher.prepare(bench(), key, options);
        List<LayerSpec> layers = Playground.LAYERS;
        List<Visitor> students = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Counter> counters = new ArrayList<>();
        // the same person on an idle server first: what the page costs by itself
        ninthPerson(Browser.start(), counters, "Baseline: nobody training");
        for (int i = 0; i < RUNS; i++) {
            TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 10, 100_000, true, i);
            ExperimentSpec spec = new ExperimentSpec("Student " + (i + 1), new ExperimentData(options, key, null, null),
                    layers, config, Init.XAVIER, null);
            Visitor student = person("student " + i);
            long id = training.start(spec, data.train(), data.validation(), new StartOptions(0, student, null, null));
            Counter counter = new Counter();
            // each student watches their own run through the owner-checked path, as their Lab page does
            training.subscribe(student, id, counter);
            students.add(student);
            ids.add(id);
            counters.add(counter);
        }
        try {
            Thread.sleep(2000); // all runs under way
            ninthPerson(Browser.start(), counters, "Chromium on the same 2 cores as the 8 runs");
            ninthPerson(Browser.startOnCpu(1), counters, "Chromium kept to CPU 1 (as if on the person's own computer)");
        } finally {
            for (int i = 0; i < ids.size(); i++) {
                training.stop(students.get(i), ids.get(i));
            }
            while (ids.stream().anyMatch(training::isLive)) {
                Thread.sleep(20);
            }
        }
    }

    // opens the Lab twice and edits the network CLICKS times while the runs train; prints the runs' progress meanwhile
    private void ninthPerson(ChromeDriver driver, List<Counter> counters, String where) throws Exception {
        try {
            loggedIn(driver);
            int[] before = counters.stream().mapToInt(c -> c.epochs.get()).toArray();
            long windowStart = System.nanoTime();

            // the first visit fetches and compiles the page's scripts; the second finds them in the cache
            double firstLoadMs = openLab(driver);
            double loadMs = openLab(driver);

            double[] clicks = new double[CLICKS];
            for (int i = 0; i < CLICKS; i++) {
                String button = i % 2 == 0 ? "Add Dense" : "Remove layer 1";
                clicks[i] = ((Number) driver.executeAsyncScript(TIMED_CLICK, button)).doubleValue();
                Thread.sleep(150); // a person does not click faster than this
            }
            double windowSeconds = (System.nanoTime() - windowStart) / 1e9;
            int[] progress = new int[counters.size()];
            for (int i = 0; i < counters.size(); i++) {
                progress[i] = counters.get(i).epochs.get() - before[i];
            }
            double[] sorted = clicks.clone();
            Arrays.sort(sorted);
            System.out.printf("CLASSROOM-BENCH %s. %d runs on %d cores, %.1f s window: epochs per run %s (%d in all, "
                    + "%.0f epochs/s)%n", where, counters.size(), Runtime.getRuntime().availableProcessors(), windowSeconds,
                    Arrays.toString(progress), Arrays.stream(progress).sum(), Arrays.stream(progress).sum() / windowSeconds);
            System.out.printf("CLASSROOM-BENCH ninth person: Lab page ready in %.0f ms (first visit %.0f ms); %d edits "
                    + "answered in median %.0f ms, 90th percentile %.0f ms, slowest %.0f ms%n", loadMs, firstLoadMs, CLICKS,
                    sorted[CLICKS / 2], sorted[(int) Math.ceil(CLICKS * 0.9) - 1], sorted[CLICKS - 1]);
        } finally {
            driver.quit();
        }
    }
}
