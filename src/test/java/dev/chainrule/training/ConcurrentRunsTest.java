package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Eight runs on a server with two CPU slots: all eight train at once, taking turns, rather than
 * six of them waiting for the first two to end; a ninth person's run still gets a place.
 */
@SpringBootTest(properties = {"chainrule.training.threads=2", "chainrule.training.max-active=8"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentRunsTest {

    @Autowired
    TrainingService training;
    @Autowired
    AccountService accounts;

    /** Notes when a run's first epoch arrived and when it ended. */
    static final class Watcher implements RunSubscriber {
        volatile long firstEpochNanos;
        volatile long endNanos;

        @Override
        public void onEpochs(List<EpochRecord> epochs) {
            if (firstEpochNanos == 0 && !epochs.isEmpty()) {
                firstEpochNanos = System.nanoTime();
            }
        }

        @Override
        public void onFinished(RunStatus status, String message) {
            endNanos = System.nanoTime();
        }
    }

    @Test
    void eightRunsOnTwoSlotsAllTrainBeforeAnyOfThemEnds() throws Exception {
        // everything slow first (a person's sign-up hashes a password), so the eight start within moments and each
        // is watched from its start: a run that ended before it was watched would look as if it trained late
        List<ExperimentSpec> specs = new ArrayList<>();
        List<PreparedData> data = new ArrayList<>();
        List<Visitor> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            specs.add(spec(i));
            data.add(DataPreparation.prepareInline(specs.get(i).data()));
            people.add(People.person(accounts, "person " + i)); // one person, one run: the per-person limit does not apply
        }
        List<Long> ids = new ArrayList<>();
        List<Watcher> watchers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = training.start(specs.get(i), data.get(i).train(), data.get(i).validation(),
                    new StartOptions(0, people.get(i), null, null));
            Watcher w = new Watcher();
            training.follow(id, w, null);
            ids.add(id);
            watchers.add(w);
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (ids.stream().anyMatch(training::isLive) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ids).noneMatch(training::isLive);

        long firstEnd = watchers.stream().mapToLong(w -> w.endNanos).min().orElseThrow();
        assertThat(watchers).allSatisfy(w -> assertThat(w.firstEpochNanos)
                .as("every run trained its first epoch before the first run ended").isPositive().isLessThan(firstEnd));
    }

    // 2-16-16-1 on 200 rows in batches of 10: a second or so of CPU per run
    private ExperimentSpec spec(int seed) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < 200; r++) {
            double x1 = random.nextDouble(-1, 1);
            double x2 = random.nextDouble(-1, 1);
            csv.append(String.format(Locale.ROOT, "%.6f,%.6f,%d%n", x1, x2, x1 * x2 > 0 ? 1 : 0));
        }
        List<LayerSpec> layers = List.of(new DenseSpec(16, Activation.TANH), new DenseSpec(16, Activation.TANH),
                new DenseSpec(1, Activation.SIGMOID));
        ExperimentData data = ExperimentData.inline(csv.toString(),
                DataOptions.defaults().withTarget("y").withTask(Task.BINARY));
        return new ExperimentSpec("Run " + seed, data, layers,
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 10, 1_000, true, seed), Init.XAVIER, null);
    }
}
