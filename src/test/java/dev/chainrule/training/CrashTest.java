package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 2 of issue 10: the app trains in a child process, is killed with SIGKILL, and the
 * history it had stored reaches within 2 s (of training time) of the last epoch a viewer was shown.
 */
class CrashTest {
    private static final long TRAIN_BEFORE_KILL_MS = 6_000;

    @TempDir
    Path dataDir;

    @Test
    void aKilledServerKeepsTheHistoryUpToAboutOneSecondBeforeTheKill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                dataDir.toString(), "1000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        Process child = builder.start();
        long runId = -1;
        int shownEpoch = -1;
        long shownElapsed = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                if (!line.startsWith("EPOCH ")) {
                    output.add(line);
                    continue;
                }
                String[] parts = line.split(" ");
                runId = Long.parseLong(parts[1]);
                shownEpoch = Integer.parseInt(parts[2]);
                shownElapsed = Long.parseLong(parts[3]);
                if (shownElapsed >= TRAIN_BEFORE_KILL_MS) {
                    break;
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no last flush
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(shownElapsed).as("the child trained; its output: %s", output).isGreaterThanOrEqualTo(TRAIN_BEFORE_KILL_MS);

        String url = "jdbc:h2:file:" + new File(dataDir.toFile(), "chainrule").getAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = db.createStatement().executeQuery("SELECT MAX(m.epoch), MAX(m.elapsed_ms), "
                        + "MAX(r.epochs_done), MAX(r.final_metrics) FROM epoch_metric m JOIN run r ON r.id = m.run_id "
                        + "WHERE m.run_id = " + runId)) {
            assertThat(rs.next()).isTrue();
            int storedEpoch = rs.getInt(1);
            long storedElapsed = rs.getLong(2);
            int epochsDone = rs.getInt(3);
            String lastMetrics = rs.getString(4);
            System.out.printf("crash test: shown epoch %d at %d ms; stored epoch %d at %d ms (%d ms behind); "
                    + "epochs_done %d%n", shownEpoch, shownElapsed, storedEpoch, storedElapsed,
                    shownElapsed - storedElapsed, epochsDone);
            assertThat(shownElapsed - storedElapsed).as("training time lost by the crash, ms").isLessThanOrEqualTo(2_000);
            // the list shows an interrupted run's progress, not 0 epochs and "—"
            assertThat(epochsDone).isEqualTo(storedEpoch);
            assertThat(lastMetrics).contains("\"trainLoss\":");
        }
    }
}
