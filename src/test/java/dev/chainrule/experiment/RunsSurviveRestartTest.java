package dev.chainrule.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.Application;
import dev.chainrule.engine.Activation;
import dev.chainrule.engine.DenseSpec;
import dev.chainrule.engine.DenseWeights;
import dev.chainrule.engine.Init;
import dev.chainrule.engine.LossKind;
import dev.chainrule.engine.LayerSpec;
import dev.chainrule.data.DataOptions;
import dev.chainrule.engine.SgdSpec;
import dev.chainrule.engine.Task;
import dev.chainrule.engine.TrainingConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs live in the H2 file, so they outlast the server; a run cut short says so. */
class RunsSurviveRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void aCompletedRunIsStillThereAfterARestart() {
        long id;
        RunSnapshot lastLive = null;
        try (var app = start()) {
            TrainingService training = app.getBean(TrainingService.class);
            id = training.start(seedSpec(200), 0);
            awaitEnd(training, id);
            lastLive = pictureOf(training, id);
        }
        try (var app = start()) {
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).contains(dataDir.toString());
            ExperimentDetails details = app.getBean(ExperimentService.class).details(id);
            assertThat(details.experiment().getStatus()).isEqualTo(ExperimentStatus.COMPLETED);
            assertThat(details.history()).hasSize(200);
            assertThat(details.experiment().getFinalWeights()).contains("\"W\"");
            // the run's page still shows its final weights and decision boundary (2-D data), recomputed
            RunSnapshot afterRestart = pictureOf(app.getBean(TrainingService.class), id);
            assertThat(afterRestart.weights()).usingRecursiveComparison().isEqualTo(lastLive.weights());
            assertThat(afterRestart.boundary()).usingRecursiveComparison().isEqualTo(lastLive.boundary());
        }
    }

    @Test
    void aRunTrainingWhenTheServerStopsIsMarkedInterruptedWithItsHistoryKept() throws Exception {
        long id;
        try (var app = start()) {
            TrainingService training = app.getBean(TrainingService.class);
            id = training.start(seedSpec(100_000), 500); // paced: still training when the server stops
            Thread.sleep(1500);
            assertThat(training.isLive(id)).isTrue();
        }
        try (var app = start()) {
            ExperimentDetails details = app.getBean(ExperimentService.class).details(id);
            assertThat(details.experiment().getStatus()).isEqualTo(ExperimentStatus.INTERRUPTED);
            assertThat(details.experiment().getMessage()).contains("server stopped");
            assertThat(details.history()).isNotEmpty();
            assertThat(details.history().size()).isLessThan(100_000);
        }
    }

    @Test
    void aRunLeftRunningByAKilledServerBecomesInterruptedAtStartUp() {
        long id;
        try (var app = start()) {
            id = app.getBean(TrainingService.class).start(seedSpec(10), 0);
            awaitEnd(app.getBean(TrainingService.class), id);
            // What a killed process leaves behind: the row still says "running".
            app.getBean(JdbcTemplate.class).update("UPDATE experiment SET status = 'running' WHERE id = ?", id);
        }
        try (var app = start()) {
            Experiment e = app.getBean(ExperimentService.class).details(id).experiment();
            assertThat(e.getStatus()).isEqualTo(ExperimentStatus.INTERRUPTED);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                // Command-line arguments: they outrank application.properties (default properties would not).
                .run("--chainrule.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
                        "--vaadin.devmode.devTools.enabled=false");
    }

    private static RunSnapshot pictureOf(TrainingService training, long id) {
        RunSnapshot[] seen = new RunSnapshot[1];
        training.subscribe(id, new RunSubscriber() {
            @Override
            public void onEpochs(java.util.List<EpochRecord> epochs) {
            }

            @Override
            public void onSnapshot(RunSnapshot snapshot) {
                seen[0] = snapshot;
            }

            @Override
            public void onFinished(ExperimentStatus status, String message) {
            }
        });
        assertThat(seen[0]).as("a picture of the run").isNotNull();
        assertThat(seen[0].boundary()).as("with its decision boundary").isNotNull();
        return seen[0];
    }

    private static void awaitEnd(TrainingService training, long id) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (training.isLive(id) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(training.isLive(id)).as("run finished in time").isFalse();
    }

    static ExperimentSpec seedSpec(int epochs) {
        var layers = List.<LayerSpec>of(new DenseSpec(2, Activation.SIGMOID), new DenseSpec(1, Activation.SIGMOID));
        var weights = List.of(new DenseWeights(new double[][] {{0.3, 0.7}, {0.5, 0.2}}, new double[] {0.1, 0.1}),
                new DenseWeights(new double[][] {{0.4}, {0.6}}, new double[] {0.1}));
        var data = ExperimentData.inline("x1,x2,y\n0.5,0.8,1.0\n",
                DataOptions.defaults().withTarget("y").withTask(Task.REGRESSION));
        return new ExperimentSpec("Seed", data, layers,
                new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, epochs, false, 42), Init.EXPLICIT, weights);
    }
}
