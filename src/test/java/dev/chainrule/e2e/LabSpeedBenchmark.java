package dev.chainrule.e2e;

import dev.chainrule.data.DataOptions;
import dev.chainrule.data.PreparedData;
import dev.chainrule.engine.Activation;
import dev.chainrule.engine.AdamSpec;
import dev.chainrule.engine.DenseSpec;
import dev.chainrule.engine.Init;
import dev.chainrule.engine.LayerSpec;
import dev.chainrule.engine.LossKind;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.NetworkSpec;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingConfig;
import dev.chainrule.engine.TrainingListener;
import dev.chainrule.experiment.DatasetService;
import dev.chainrule.experiment.ExperimentLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (its name keeps it out of the default run): the playground workload
 * (2-8-8-1 tanh, BCE, Adam, batches of 10, the 1,000 circles of ../shared/bench) trained headless
 * and then from the Lab with its charts live in Chromium; prints epochs per second of both and the
 * pushes per second the browser received.
 * Run: {@code ./mvnw test -Dtest=LabSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LabSpeedBenchmark {
    static final int EPOCHS = 3000;

    @LocalServerPort
    int port;
    @Autowired
    DatasetService datasets;
    @Autowired
    ExperimentLauncher launcher;
    @Autowired
    dev.chainrule.experiment.ExperimentService experiments;
    @Autowired
    dev.chainrule.experiment.TrainingService training;

    @Test
    void labVersusHeadless() throws Exception {
        byte[] circles = Files.readAllBytes(Path.of("..", "shared", "bench", "data", "w2_circles.csv"));
        datasets.upload("w2_circles.csv", circles);
        String key = datasets.choices().stream().filter(c -> c.name().equals("w2_circles")).findFirst().orElseThrow().key();
        DataOptions options = DataOptions.defaults().withStandardize(true);
        PreparedData data = launcher.prepare(key, options);
        List<LayerSpec> layers = List.of(new DenseSpec(8, Activation.TANH), new DenseSpec(8, Activation.TANH),
                new DenseSpec(1, Activation.SIGMOID));
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 10, EPOCHS, true, 42);
        new Trainer().fit(Network.create(new NetworkSpec(2, layers), Init.XAVIER, 1), data.train(), config,
                TrainingListener.NONE, new RunControl()); // JIT warm-up
        long start = System.nanoTime();
        new Trainer().fit(Network.create(new NetworkSpec(2, layers), Init.XAVIER, 42), data.train(), config,
                TrainingListener.NONE, new RunControl());
        double headless = EPOCHS / ((System.nanoTime() - start) / 1e9);

        // The same run through the server's training service, saved and published, but nobody watching.
        long unwatchedId = launcher.launch("unwatched", key, options.withValidation(0.0, 1), layers, config, Init.XAVIER,
                "benchmark", null);
        while (training.isLive(unwatchedId)) {
            Thread.sleep(20);
        }
        List<dev.chainrule.experiment.EpochRecord> unwatchedHistory = experiments.details(unwatchedId).history();
        double unwatched = EPOCHS / (unwatchedHistory.get(unwatchedHistory.size() - 1).elapsedMs() / 1000.0);

        ChromeDriver driver = Browser.start();
        try {
            Dom dom = new Dom(driver);
            driver.get("http://localhost:" + port + "/lab");
            By epochs = By.xpath("//vaadin-integer-field[label[normalize-space(.)='Epochs']]");
            dom.await().until(d -> !d.findElements(epochs).isEmpty());
            dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]")), "w2_circles");
            dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Loss']]")), "bce");
            dom.type(driver.findElement(By.xpath("//vaadin-integer-field[label[normalize-space(.)='Batch size']]")), "10");
            dom.type(driver.findElement(By.xpath("//vaadin-number-field[label[normalize-space(.)='Validation share']]")), "0");
            dom.type(driver.findElement(epochs), String.valueOf(EPOCHS));
            driver.manage().logs().get(LogType.PERFORMANCE);
            dom.click(dom.button("Train"));
            dom.await().until(d -> status(driver).startsWith("Completed"));
            // The run's own clock: elapsed time of its last epoch, as stored with its history.
            long id = experiments.listNewestFirst().get(0).getId();
            List<dev.chainrule.experiment.EpochRecord> history = experiments.details(id).history();
            double seconds = history.get(history.size() - 1).elapsedMs() / 1000.0;
            long frames = 0;
            for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
                if (e.getMessage().contains("Network.webSocketFrameReceived")) {
                    frames++;
                }
            }
            double lab = EPOCHS / seconds;
            System.out.printf("LAB-BENCH headless %.0f epochs/s; through the service, unwatched %.0f (%.0f%%); "
                    + "Lab open with live charts in Chromium on the same 2 cores %.0f (%.0f%%); "
                    + "%d push frames in %.1f s = %.1f per second%n", headless, unwatched, 100 * unwatched / headless,
                    lab, 100 * lab / headless, frames, seconds, frames / seconds);
        } finally {
            driver.quit();
        }
    }

    private static String status(ChromeDriver driver) {
        return driver.findElement(By.className("run-status")).getDomProperty("textContent");
    }
}
