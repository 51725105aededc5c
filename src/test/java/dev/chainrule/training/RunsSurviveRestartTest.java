package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.Application;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
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
            id = training.start(me(app), SeedSpecs.seedSpec(200), 0);
            awaitEnd(training, id);
            lastLive = pictureOf(training, id);
        }
        try (var app = start()) {
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).contains(dataDir.toString());
            RunDetails details = app.getBean(RunService.class).details(me(app), id);
            assertThat(details.run().getStatus()).isEqualTo(RunStatus.COMPLETED);
            assertThat(details.history()).hasSize(200);
            assertThat(app.getBean(RunService.class).finalWeights(id)).hasValueSatisfying(w -> assertThat(w).hasSize(2));
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
            id = training.start(me(app), SeedSpecs.seedSpec(100_000), 500); // paced: still training when the server stops
            Thread.sleep(1500);
            assertThat(training.isLive(id)).isTrue();
        }
        try (var app = start()) {
            RunDetails details = app.getBean(RunService.class).details(me(app), id);
            assertThat(details.run().getStatus()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(details.run().getMessage()).contains("server stopped");
            assertThat(details.history()).isNotEmpty();
            assertThat(details.history().size()).isLessThan(100_000);
        }
    }

    @Test
    void aRunLeftRunningByAKilledServerBecomesInterruptedAtStartUp() {
        long id;
        try (var app = start()) {
            id = app.getBean(TrainingService.class).start(me(app), SeedSpecs.seedSpec(10), 0);
            awaitEnd(app.getBean(TrainingService.class), id);
            // What a killed process leaves behind: the row still says "running".
            app.getBean(JdbcTemplate.class).update("UPDATE run SET status = 'running' WHERE id = ?", id);
        }
        try (var app = start()) {
            Run e = app.getBean(RunService.class).details(me(app), id).run();
            assertThat(e.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        }
    }

    private static Visitor me(ConfigurableApplicationContext app) {
        return People.person(app.getBean(AccountService.class), "tester");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                // Command-line arguments: they outrank application.properties (default properties would not).
                .run("--chainrule.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
                        "--vaadin.devmode.devTools.enabled=false");
    }

    private static RunSnapshot pictureOf(TrainingService training, long id) {
        RunSnapshot[] seen = new RunSnapshot[1];
        training.follow(id, new RunSubscriber() {
            @Override
            public void onEpochs(java.util.List<EpochRecord> epochs) {
            }

            @Override
            public void onSnapshot(RunSnapshot snapshot) {
                seen[0] = snapshot;
            }

            @Override
            public void onFinished(RunStatus status, String message) {
            }
        }, null);
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
}
