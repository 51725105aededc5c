package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Issue 11: a seed-page run without an account trains, is followed, paused, stepped and stopped
 * like any other, within the same per-person limit, and leaves nothing in the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UnstoredRunTest {
    @Autowired
    AccountService accounts;

    private Visitor who(String name) {
        return People.person(accounts, name);
    }

    @Autowired
    TrainingService training;

    @Autowired
    RunService runs;

    @Autowired
    JdbcTemplate jdbc;

    // every write of a run goes through it: an unstored run must not call it at all
    @MockitoSpyBean
    RunStore store;

    /** Everything a viewer hears, from a training thread. */
    static final class Viewer implements RunSubscriber {
        final List<EpochRecord> epochs = new CopyOnWriteArrayList<>();
        final List<RunStatus> statuses = new CopyOnWriteArrayList<>();
        volatile RunSnapshot picture;
        volatile RunStatus finished;
        volatile String message;

        @Override
        public void onEpochs(List<EpochRecord> batch) {
            epochs.addAll(batch);
        }

        @Override
        public void onSnapshot(RunSnapshot snapshot) {
            picture = snapshot;
        }

        @Override
        public void onStatus(RunStatus status) {
            statuses.add(status);
        }

        @Override
        public void onFinished(RunStatus status, String text) {
            message = text;
            finished = status;
        }

        List<Integer> epochNumbers() {
            return epochs.stream().map(EpochRecord::epoch).toList();
        }
    }

    @Test
    void theSeedExampleTrainsUnstoredToTheEndWithEveryEpochSeenAndNothingStored() {
        Footprint before = footprint();
        // started slow and set to full speed once followed: at full speed its 300 epochs of the 2-2-1 network can end
        // before the viewer subscribes, and a viewer after the end hears no epochs (below)
        long id = training.startUnstored(who("visitor"), SeedSpecs.seedSpec(300), 1);
        Viewer viewer = new Viewer();
        training.follow(id, viewer, null);
        training.setPace(who("visitor"), id, 0);
        await(() -> viewer.finished != null, "the run ends");

        assertThat(id).isNegative();
        assertThat(TrainingService.isUnstored(id)).isTrue();
        assertThat(viewer.finished).isEqualTo(RunStatus.COMPLETED);
        assertThat(viewer.epochNumbers()).hasSize(300).isSorted().startsWith(1).endsWith(300).doesNotHaveDuplicates();
        assertThat(viewer.picture).isNotNull();
        assertThat(training.isLive(id)).isFalse();
        assertNothingWritten(before);
        assertThatThrownBy(() -> runs.detailsOf(id)).isInstanceOf(RunNotFoundException.class);

        // a viewer after the end: no epochs (none were kept), the last picture and the outcome
        Viewer late = new Viewer();
        training.follow(id, late, null);
        assertThat(late.epochs).isEmpty();
        assertThat(late.picture).isSameAs(viewer.picture);
        assertThat(late.finished).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void anUnstoredIdThisServerNeverGaveOutIsNotFound() {
        assertThatThrownBy(() -> training.follow(-999_999, new Viewer(), null))
                .isInstanceOf(RunNotFoundException.class).hasMessageContaining("-999999");
    }

    @Test
    void anUnstoredRunPausesStepsResumesAndStopsWithNothingStored() {
        Footprint before = footprint();
        long id = training.startUnstored(who("pauser"), SeedSpecs.seedSpec(100_000), 200);
        Viewer viewer = new Viewer();
        try {
            training.follow(id, viewer, null);
            await(() -> viewer.statuses.contains(RunStatus.RUNNING) && viewer.epochs.size() > 3, "it trains");

            training.pause(who("pauser"), id);
            await(() -> viewer.statuses.contains(RunStatus.PAUSED), "it pauses");
            int paused = viewer.epochs.size();
            sleep(300);
            assertThat(viewer.epochs).as("no epochs while paused").hasSize(paused);

            training.step(who("pauser"), id);
            await(() -> viewer.epochs.size() == paused + 1, "one step trains one epoch");
            sleep(300);
            assertThat(viewer.epochs).as("exactly one").hasSize(paused + 1);

            training.resume(who("pauser"), id);
            await(() -> viewer.statuses.lastIndexOf(RunStatus.RUNNING) > viewer.statuses.indexOf(RunStatus.PAUSED)
                    && viewer.epochs.size() > paused + 5, "it goes on");
        } finally {
            training.stop(who("pauser"), id);
        }
        await(() -> viewer.finished != null, "it stops");
        assertThat(viewer.finished).isEqualTo(RunStatus.STOPPED);
        assertThat(viewer.epochNumbers()).isSorted().doesNotHaveDuplicates();
        assertThat(training.isLive(id)).isFalse();
        assertNothingWritten(before);

        Viewer late = new Viewer();
        training.follow(id, late, null);
        assertThat(late.finished).isEqualTo(RunStatus.STOPPED);
    }

    @Test
    void unstoredAndStoredRunsOfOnePersonCountTogetherTowardsTheLimit() {
        assertThat(TrainingService.MAX_RUNS_PER_OWNER).isEqualTo(2);
        List<Long> started = new ArrayList<>();
        try {
            started.add(training.startUnstored(who("mixed"), SeedSpecs.seedSpec(100_000), 200));
            started.add(training.start(who("mixed"), SeedSpecs.seedSpec(100_000), 200));
            assertThatThrownBy(() -> training.startUnstored(who("mixed"), SeedSpecs.seedSpec(100_000), 200))
                    .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("You already have 2 runs");
            assertThatThrownBy(() -> training.start(who("mixed"), SeedSpecs.seedSpec(100_000), 200))
                    .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("You already have 2 runs");

            started.add(training.startUnstored(who("two unstored"), SeedSpecs.seedSpec(100_000), 200));
            started.add(training.startUnstored(who("two unstored"), SeedSpecs.seedSpec(100_000), 200));
            assertThatThrownBy(() -> training.start(who("two unstored"), SeedSpecs.seedSpec(100_000), 200))
                    .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("You already have 2 runs");
            assertThat(started).allMatch(training::isLive).doesNotHaveDuplicates();
        } finally {
            for (long id : started) {
                for (String owner : List.of("mixed", "two unstored")) {
                    try {
                        training.stop(who(owner), id);
                    } catch (RunNotFoundException notTheirs) {
                        // the other person's run
                    }
                }
            }
        }
        await(() -> started.stream().noneMatch(training::isLive), "all stop");
        // once one has ended, the person may start again
        long again = training.startUnstored(who("mixed"), SeedSpecs.seedSpec(10), 0);
        await(() -> !training.isLive(again), "the new run ends");
    }

    @Test
    void aStoredRunStillStoresEverythingAndLearnsExactlyWhatTheUnstoredOneLearns() {
        long runsBefore = rows("run");
        long stored = training.start(who("comparer"), SeedSpecs.seedSpec(250), 0);
        long unstored = training.startUnstored(who("comparer"), SeedSpecs.seedSpec(250), 1); // full speed once followed
        Viewer viewer = new Viewer();
        training.follow(unstored, viewer, null);
        training.setPace(who("comparer"), unstored, 0);
        await(() -> viewer.finished != null && !training.isLive(stored), "both end");

        assertThat(rows("run")).isEqualTo(runsBefore + 1);
        RunDetails details = runs.details(who("comparer"), stored);
        assertThat(details.run().getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(details.run().getEpochsDone()).isEqualTo(250);
        assertThat(details.history()).hasSize(250);
        assertThat(runs.finalWeights(stored)).isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM epoch_metric WHERE run_id = ?", Long.class, stored))
                .isEqualTo(250);

        // the same engine on the same spec: bit for bit the same losses and predictions
        assertThat(viewer.epochs).hasSize(250);
        assertThat(viewer.epochs.stream().map(EpochRecord::trainLoss).toList())
                .containsExactlyElementsOf(details.history().stream().map(EpochRecord::trainLoss).toList());
        assertThat(viewer.epochs.stream().map(EpochRecord::samplePrediction).toList())
                .containsExactlyElementsOf(details.history().stream().map(EpochRecord::samplePrediction).toList());
    }

    /** The rows before an unstored run; from here on the store must not be called. */
    private Footprint footprint() {
        clearInvocations(store);
        return new Footprint(rows("run"), rows("epoch_metric"));
    }

    private record Footprint(long runs, long epochs) {
    }

    private void assertNothingWritten(Footprint before) {
        assertThat(rows("run")).isEqualTo(before.runs());
        assertThat(rows("epoch_metric")).isEqualTo(before.epochs());
        verifyNoInteractions(store);
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited 30 s in vain: " + what);
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
