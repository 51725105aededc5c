package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.SeedSpecs;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Several app instances on one database (as with {@code chainrule.instance.shared-database=true}, the postgres
 * profile's): a run records the instance that trains it; the sweep marks interrupted the runs of an instance whose
 * heartbeat is late, and only those; start-up leaves live instances' runs alone; a stopping instance leaves.
 */
@SpringBootTest(properties = "chainrule.instance.shared-database=true")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AppInstancesTest {
    @Autowired
    AppInstances instances;
    @Autowired
    RunStore store;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate jdbc;

    private long activeRun(String instance) {
        long id = store.create(null, "run", ExperimentJson.write(SeedSpecs.seedSpec(10)), null, null);
        jdbc.update("UPDATE run SET status = 'running', instance_id = ? WHERE id = ?", instance, id);
        return id;
    }

    private void instance(String id, Duration since) {
        OffsetDateTime beat = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class).minus(since);
        jdbc.update("INSERT INTO app_instance (id, started_at, heartbeat_at) VALUES (?, ?, ?)", id, beat, beat);
    }

    private RunState state(long id) {
        return runs.stateOf(id).orElseThrow();
    }

    @Test
    void aRunRecordsTheInstanceThatTrainsIt() {
        long id = store.create(null, "mine", ExperimentJson.write(SeedSpecs.seedSpec(10)), null, null);
        assertThat(state(id)).isEqualTo(new RunState(RunStatus.QUEUED, null, instances.thisInstance()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_instance WHERE id = ?", Integer.class,
                instances.thisInstance())).as("registered at start-up").isOne();
    }

    @Test
    void theRunsOfAnInstanceWhoseHeartbeatIsLateAreInterruptedAndOnlyThose() {
        instance("dead-instance", Duration.ofMinutes(1));
        instance("live-instance", Duration.ZERO);
        long dead = activeRun("dead-instance");
        long live = activeRun("live-instance");
        long mine = activeRun(instances.thisInstance());
        long nobody = activeRun(null); // from before instances were recorded: nothing trains it
        long ended = activeRun("dead-instance");
        jdbc.update("UPDATE run SET status = 'completed', message = 'done' WHERE id = ?", ended);

        int marked = instances.interruptRunsOfStoppedInstances(Duration.ofSeconds(5), "Its server stopped.");

        assertThat(marked).isGreaterThanOrEqualTo(0); // the sweep of this instance's own thread may have been first
        assertThat(state(dead)).isEqualTo(new RunState(RunStatus.INTERRUPTED, "Its server stopped.", "dead-instance"));
        assertThat(state(nobody).status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(state(live).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(state(mine).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(state(ended)).isEqualTo(new RunState(RunStatus.COMPLETED, "done", "dead-instance"));
        assertThat(jdbc.queryForList("SELECT id FROM app_instance", String.class))
                .as("a dead instance is forgotten").doesNotContain("dead-instance").contains("live-instance");
    }

    @Test
    void theInstancesOwnSweepFindsADeadInstancesRunWithinTwoSeconds() {
        instance("killed-instance", Duration.ofSeconds(30));
        long id = activeRun("killed-instance");
        await(() -> state(id).status() == RunStatus.INTERRUPTED, "swept by InstanceHeartbeat's thread");
        assertThat(state(id).message()).isEqualTo("The server training this run stopped; the history up to then "
                + "is kept.");
    }

    @Test
    void startUpOnASharedDatabaseLeavesTheRunsOfLiveInstancesAlone() {
        instance("busy-instance", Duration.ZERO);
        long id = activeRun("busy-instance");
        runs.markRunsCutShortByRestart(); // what a second instance does as it starts
        assertThat(state(id).status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void aStoppingInstanceInterruptsItsLeftoverRunsAndLeaves() {
        AppInstances stopping = new AppInstances(jdbc);
        stopping.register();
        long id = activeRun(stopping.thisInstance());
        long other = activeRun(instances.thisInstance());

        stopping.leave("The server stopped.");

        assertThat(state(id)).isEqualTo(new RunState(RunStatus.INTERRUPTED, "The server stopped.",
                stopping.thisInstance()));
        assertThat(state(other).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(jdbc.queryForList("SELECT id FROM app_instance", String.class)).doesNotContain(stopping.thisInstance());
        assertThat(stopping.beat()).as("a late heartbeat does not bring it back").isFalse();
        assertThat(jdbc.queryForList("SELECT id FROM app_instance", String.class)).doesNotContain(stopping.thisInstance());
    }

    @Test
    void onADatabaseOfItsOwnAnInstanceForgetsTheRowsKilledInstancesLeft() {
        instance("killed-long-ago", Duration.ofDays(3));
        instances.forgetOthers();
        assertThat(jdbc.queryForList("SELECT id FROM app_instance", String.class)).containsExactly(
                instances.thisInstance());
    }

    @Test
    void anInstanceTakenForDeadRegistersAgainAtItsNextHeartbeat() {
        AppInstances paused = new AppInstances(jdbc);
        paused.register();
        jdbc.update("DELETE FROM app_instance WHERE id = ?", paused.thisInstance()); // another swept it
        assertThat(paused.beat()).isFalse();
        assertThat(paused.beat()).isTrue();
        paused.leave("done");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 2_500;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
