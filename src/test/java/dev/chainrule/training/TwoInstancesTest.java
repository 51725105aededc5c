package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunState;
import dev.chainrule.run.RunStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Acceptance 4 of issue 15, in the PostgreSQL pass ({@code -Ppostgres-tests}; two processes on one H2 file cannot
 * be): instance 1 is a real child JVM of the app ({@link TwoInstancesChild}) on this test's schema, which starts a
 * long run; instance 2 is this test's own Spring context, which follows that run live from the database. Instance 1 is
 * killed (SIGKILL: no shutdown, no last word); instance 2 marks its run interrupted within {@value #STATED_SECONDS}
 * seconds (its heartbeat ages past {@code chainrule.instance.dead-after-ms}, 5 s, then one sweep, at most a second,
 * and one read of the follower, half a second) and the follower hears the end.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfSystemProperty(named = "spring.profiles.include", matches = "(.*,)?postgres(,.*)?",
        disabledReason = "two instances need a database server: the PostgreSQL pass runs this")
class TwoInstancesTest {
    /** The time within which the other instance marks a killed instance's run interrupted, as the README states. */
    static final int STATED_SECONDS = 10;
    private static final String OWNER = "instance one";

    @Autowired
    TrainingService training;
    @Autowired
    RunService runs;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void aRunOnTheFirstInstanceIsFollowedLiveOnTheSecondWhichMarksItInterruptedWhenTheFirstIsKilled() throws Exception {
        Process first = startFirstInstance();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Long> started = new CompletableFuture<>();
        Thread reader = readOutput(first, output, started);
        try {
            long id = started.get(180, TimeUnit.SECONDS);
            String firstInstance = runs.stateOf(id).map(RunState::instanceId).orElseThrow();

            UnstoredRunTest.Viewer viewer = new UnstoredRunTest.Viewer();
            training.follow(id, viewer, null);
            assertThat(training.isLive(id)).as("not trained here").isFalse();
            assertThat(training.trainsElsewhere(id)).isTrue();
            await(() -> viewer.epochs.size() >= 20, 30, "epochs arrive from the other instance");
            int seen = viewer.epochs.size();
            await(() -> viewer.epochs.size() >= seen + 20, 10, "more epochs arrive while it trains: followed live");
            assertThat(viewer.epochNumbers()).isSorted().doesNotHaveDuplicates();
            assertThat(viewer.statuses).contains(RunStatus.RUNNING);
            assertThatThrownBy(() -> training.stop(People.person(accounts, OWNER), id))
                    .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("another of this site's servers");

            first.destroyForcibly(); // SIGKILL: its heartbeat simply stops
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
            long killed = System.nanoTime();
            await(() -> viewer.finished != null, STATED_SECONDS, "the follower hears the end");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            System.out.printf("two instances: the killed instance's run read interrupted on the other after %d ms%n",
                    millis);

            assertThat(viewer.finished).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(viewer.message).isEqualTo(InstanceHeartbeat.DIED);
            assertThat(runs.stateOf(id).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(runs.detailsOf(id).history()).as("its history up to the kill is kept").hasSizeGreaterThan(seen);
            assertThat(jdbc.queryForList("SELECT id FROM app_instance", String.class))
                    .as("the dead instance is forgotten").doesNotContain(firstInstance);
        } finally {
            first.destroyForcibly();
            reader.join(5_000);
        }
        // a log line's level follows its time stamp
        assertThat(output).as("the first instance logged no error").noneMatch(l -> l.matches("\\S+\\s+ERROR .*"));
    }

    private Process startFirstInstance() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TwoInstancesChild.class.getName(),
                environment.getRequiredProperty("spring.datasource.url"), OWNER).redirectErrorStream(true);
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        // the user and password are in this process's environment already (the profile's CHAINRULE_DB_*)
        return builder.start();
    }

    // Drains the child's output (a full pipe would stop it) and completes with the id of the run it started.
    private static Thread readOutput(Process child, List<String> output, CompletableFuture<Long> started) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("RUN ")) {
                        started.complete(Long.parseLong(line.substring(4).strip()));
                    } else {
                        output.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed: its output ends
            }
            started.completeExceptionally(new AssertionError("the first instance started no run; it said: " + output));
        }, "first-instance-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static void await(BooleanSupplier condition, int seconds, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
