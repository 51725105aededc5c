package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.CurveRows;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.OtherInstances;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run that another app instance trains, simulated here by writing what that instance would store (its status,
 * its epochs, its outcome, under another instance's id): this instance follows it from the database, refuses to
 * control it, and delivers its end with the picture its final weights give. The other instance never dies here (it
 * would be swept on PostgreSQL's shared database): {@code TwoInstancesTest} kills a real one.
 */
@SpringBootTest(properties = "chainrule.instance.dead-after-ms=600000")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FollowingFromTheDatabaseTest {
    private static final String OTHER = "00000000-0000-0000-0000-000000000002";

    @Autowired
    TrainingService training;
    @Autowired
    RunStore store;
    @Autowired
    RunService runs;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Visitor owner;
    private final ExperimentSpec spec = SeedSpecs.seedSpec(50);

    @BeforeEach
    void anotherInstance() {
        owner = People.person(accounts, "follower test");
        OtherInstances.register(jdbc, OTHER);
    }

    /** A run as the other instance creates it: this instance's RunStore records itself, so the id is changed after. */
    private long runElsewhere() {
        long id = store.create(owner.accountId(), "elsewhere", ExperimentJson.write(spec), null, null);
        jdbc.update("UPDATE run SET instance_id = ? WHERE id = ?", OTHER, id);
        return id;
    }

    private void storeEpochs(long id, int from, int to) {
        store.appendEpochs(id, IntStream.rangeClosed(from, to).mapToObj(e -> new EpochRecord(e, 1.0 / e, null, null,
                null, 0.5, new double[] {0.1}, 10L * e)).toList(), CurveRows.stride(spec.training().epochs()));
    }

    @Test
    void aRunTrainingOnAnotherInstanceIsFollowedLiveFromTheDatabaseToItsEnd() {
        List<DenseWeights> learned = weightsOfARealRun();
        long id = runElsewhere();
        store.markStatus(id, RunStatus.RUNNING);
        storeEpochs(id, 1, 3);
        assertThat(training.isLive(id)).isFalse();
        assertThat(training.trainsElsewhere(id)).isTrue();

        UnstoredRunTest.Viewer viewer = new UnstoredRunTest.Viewer();
        AutoCloseable handle = training.subscribe(owner, id, viewer);
        assertThat(viewer.epochNumbers()).as("the curve so far, at once").containsExactly(1, 2, 3);
        assertThat(viewer.statuses).containsExactly(RunStatus.RUNNING);

        storeEpochs(id, 4, 6);
        await(() -> viewer.epochs.size() == 6, "the epochs the other instance stores next");
        store.markStatus(id, RunStatus.PAUSED);
        await(() -> viewer.statuses.contains(RunStatus.PAUSED), "its pause");
        storeEpochs(id, 7, 7);
        store.markFinished(id, RunStatus.COMPLETED, "Trained all 7 epochs.", learned, null);
        await(() -> viewer.finished != null, "its end");

        assertThat(viewer.epochNumbers()).as("every epoch once, in order").containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(viewer.finished).isEqualTo(RunStatus.COMPLETED);
        assertThat(viewer.message).isEqualTo("Trained all 7 epochs.");
        assertThat(viewer.picture).as("the picture of its final weights, drawn here once it ended").isNotNull();
        assertThat(viewer.picture.weights().layers()).hasSameSizeAs(learned);
        assertThat(training.trainsElsewhere(id)).isFalse();
        assertThatNoException(handle);
    }

    @Test
    void onlyTheInstanceTrainingARunCanControlItTheOthersSaySo() {
        long id = runElsewhere();
        store.markStatus(id, RunStatus.RUNNING);
        for (Runnable control : List.<Runnable>of(() -> training.stop(owner, id), () -> training.pause(owner, id),
                () -> training.resume(owner, id), () -> training.step(owner, id), () -> training.setPace(owner, id, 5))) {
            assertThatThrownBy(control::run).isInstanceOf(TrainingRejectedException.class)
                    .hasMessage(TrainingService.CONTROLLED_ELSEWHERE);
        }
        // someone else still gets "not found", whatever trains it
        Visitor stranger = People.person(accounts, "stranger");
        assertThatThrownBy(() -> training.stop(stranger, id)).isInstanceOf(dev.chainrule.run.RunNotFoundException.class);
        store.markFinished(id, RunStatus.STOPPED, "Stopped.", null, null);
        training.stop(owner, id); // an ended run: nothing to stop, nothing to refuse
    }

    @Test
    void aViewerWhoLeavesHearsNothingMore() throws Exception {
        long id = runElsewhere();
        store.markStatus(id, RunStatus.RUNNING);
        UnstoredRunTest.Viewer viewer = new UnstoredRunTest.Viewer();
        training.follow(id, viewer, null).close();
        storeEpochs(id, 1, 5);
        store.markFinished(id, RunStatus.COMPLETED, "done", null, null);
        Thread.sleep(1_500); // three reads' time
        assertThat(viewer.epochs).isEmpty();
        assertThat(viewer.finished).isNull();
    }

    private List<DenseWeights> weightsOfARealRun() {
        long trained = training.start(owner, spec, 0);
        await(() -> !training.isLive(trained), "a real run of the same network ends");
        return runs.finalWeights(trained).orElseThrow();
    }

    private static void assertThatNoException(AutoCloseable handle) {
        try {
            handle.close(); // closing after the end is harmless
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
