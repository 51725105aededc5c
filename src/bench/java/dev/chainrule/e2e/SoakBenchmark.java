package dev.chainrule.e2e;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (issue 10, acceptance 4): memory per visitor over time.
 * (i) 30 Lab pages opened on a 1,000-column dataset and closed, one after another in Chromium:
 * the heap after GC must come back within 50 MB of where it started. (ii) 8 runs training with
 * 30 viewers subscribed through the training service (as {@code RunFollower}s are) for
 * {@code -Dsoak.minutes} (default 10): the heap after GC, printed every minute, must stay flat
 * (a live run keeps only the epochs its curves draw, about a thousand, whatever its length).
 * Chromium logs in as the bench person, who owns the wide dataset; the 8 runs belong to 8 people
 * ("soak 0" to "soak 7", each with their own copy of the circles), each under the per-person limit of runs.
 * Run: {@code ./mvnw -Pbench test -Dtest=SoakBenchmark -Dsoak.minutes=2}
 */
// a file database as in production: the test profile's in-memory one would keep every stored epoch on the heap
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/soak-db/soak-${random.uuid};WRITE_DELAY=0")
class SoakBenchmark extends ServerBenchmark {
    private static final int LAB_PAGES = 30;
    private static final int RUNS = 8;
    private static final int VIEWERS = 30;

    @Test
    void labPagesAndViewersLeaveNoMemoryBehind() throws Exception {
        String wideName = "soak_wide_" + System.nanoTime();
        datasets.upload(bench(), wideName + ".csv", wideCsv(500, 999));
        labPages(wideName);
        runsAndViewers(Integer.getInteger("soak.minutes", 10));
    }

    private void labPages(String datasetName) throws Exception {
        ChromeDriver driver = Browser.start();
        try {
            Dom dom = new Dom(loggedIn(driver));
            openLab(driver, dom, datasetName); // warm-up: classes loaded, JIT, the dataset's table cached
            driver.get("about:blank");
            double start = heapAfterGc();
            System.out.printf("SOAK-BENCH lab: heap after GC before %d pages: %.1f MB%n", LAB_PAGES, start);
            for (int i = 1; i <= LAB_PAGES; i++) {
                openLab(driver, dom, datasetName);
                driver.get("about:blank"); // the page is closed: its UI detaches
                if (i % 10 == 0) {
                    System.out.printf("SOAK-BENCH lab: after %d pages: %.1f MB%n", i, heapAfterGc());
                }
            }
            Thread.sleep(2000);
            double end = heapAfterGc();
            System.out.printf("SOAK-BENCH lab: heap after GC after %d pages opened and closed: %.1f MB "
                    + "(%+.1f MB; goal: within 50 MB)%n", LAB_PAGES, end, end - start);
        } finally {
            driver.quit();
        }
    }

    private void openLab(ChromeDriver driver, Dom dom, String datasetName) {
        driver.get("http://localhost:" + port + "/lab");
        By select = By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]");
        dom.await().until(d -> !d.findElements(select).isEmpty());
        dom.choose(driver.findElement(select), datasetName);
        dom.await().until(d -> d.getPageSource().contains("999 inputs"));
    }

    private void runsAndViewers(int minutes) throws Exception {
        Visitor[] owners = new Visitor[RUNS];
        String[] keys = new String[RUNS];
        for (int r = 0; r < RUNS; r++) {
            owners[r] = person("soak " + r);
            keys[r] = Playground.circles(datasets, owners[r]);
        }
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 10,
                training.maxEpochs(), true, 42);
        AtomicLong epochsSeen = new AtomicLong();
        AtomicLong picturesSeen = new AtomicLong();
        long[] runIds = new long[RUNS];
        List<List<AutoCloseable>> viewers = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            viewers.add(new ArrayList<>());
        }
        double start = heapAfterGc();
        System.out.printf("SOAK-BENCH runs: heap after GC before %d runs and %d viewers: %.1f MB%n", RUNS, VIEWERS, start);
        long end = System.nanoTime() + minutes * 60_000_000_000L;
        long nextReport = System.nanoTime() + 60_000_000_000L;
        int restarts = 0;
        double max = start;
        while (System.nanoTime() < end) {
            for (int r = 0; r < RUNS; r++) {
                if (runIds[r] == 0 || !training.isLive(runIds[r])) {
                    for (AutoCloseable v : viewers.get(r)) {
                        v.close();
                    }
                    viewers.get(r).clear();
                    runIds[r] = launcher.launch("soak " + r, keys[r], DataOptions.defaults().withStandardize(true)
                            .withValidation(0.2, 1), Playground.LAYERS, config, Init.XAVIER, owners[r], null);
                    restarts++;
                    for (int v = r; v < VIEWERS; v += RUNS) {
                        // with the owner's visitor, the path the Lab and a run's page take (a share page's
                        // follow differs only by skipping the one ownership check at subscription)
                        viewers.get(r).add(training.subscribe(owners[r], runIds[r], viewer(epochsSeen, picturesSeen)));
                    }
                }
            }
            Thread.sleep(1000);
            if (System.nanoTime() >= nextReport) {
                nextReport += 60_000_000_000L;
                double heap = heapAfterGc();
                max = Math.max(max, heap);
                System.out.printf("SOAK-BENCH runs: heap after GC %.1f MB; %,d epochs and %,d pictures delivered; "
                        + "%d runs started%n", heap, epochsSeen.get(), picturesSeen.get(), restarts);
            }
        }
        for (int r = 0; r < RUNS; r++) {
            for (AutoCloseable v : viewers.get(r)) {
                v.close();
            }
            viewers.get(r).clear(); // a subscription handle reaches its live run and all its epochs
            training.stop(owners[r], runIds[r]);
        }
        while (java.util.Arrays.stream(runIds).anyMatch(training::isLive)) {
            Thread.sleep(100);
        }
        double after = heapAfterGc();
        System.out.printf("SOAK-BENCH runs: %d min; heap after GC %.1f MB at the start, at most %.1f MB while "
                + "training, %.1f MB after (%+.1f MB); %,d epochs delivered%n", minutes, start, max, after, after - start,
                epochsSeen.get());
    }

    // a viewer as RunFollower is one: it keeps nothing but the newest picture
    private static RunSubscriber viewer(AtomicLong epochs, AtomicLong pictures) {
        return new RunSubscriber() {
            private RunSnapshot newest;

            @Override
            public void onEpochs(List<EpochRecord> records) {
                epochs.addAndGet(records.size());
            }

            @Override
            public void onSnapshot(RunSnapshot snapshot) {
                newest = snapshot;
                pictures.incrementAndGet();
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                newest = null;
            }
        };
    }

    private static byte[] wideCsv(int rows, int columns) {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            csv.append('x').append(c).append(',');
        }
        csv.append("label\n");
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < columns; c++) {
                double v = Math.round(random.nextGaussian() * 1000) / 1000.0;
                sum += v;
                csv.append(v).append(',');
            }
            csv.append(sum > 0 ? "yes" : "no").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
