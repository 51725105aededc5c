package dev.chainrule.training.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the OS scheduling priority of the calling thread, so that the threads answering pages
 * get a core first and the training threads take what is left. Java's own thread priorities do
 * nothing on Linux (without root), so this asks the system's {@code renice} for the thread's id
 * (Linux schedules threads as tasks of their own). Best effort: where it cannot, runs keep the
 * normal priority and a debug line says why.
 */
public final class ThreadNiceness {
    /**
     * Training threads: pages first, training with what is left. At 5 a thread answering a page (at 0) still gets about
     * three quarters of a core against a training thread (weights 1024 and 335); at 10 it got nine tenths, but so did
     * every other thread of the server that woke on the training core (the JIT, the push of the run's own pictures), and
     * training stalled behind them. Measured on this 2-core machine (ClassroomBenchmark, two runs each): eight runs
     * trained 1,772–2,962 epochs/s at 5 against 1,182–2,504 at 10, while a ninth person's edits were answered in a median
     * of 87–100 ms at 5 and 88–113 ms at 10 (slowest 154–213 against 193–327 ms); the Lab with Chromium kept to CPU 1 at
     * normal priority trained at 79–82 % of headless at 5 (two runs) against 72–79 % at 10 (four runs; LabSpeedBenchmark).
     */
    public static final int TRAINING = 5;
    /**
     * The thread that stores the runs' epochs ({@code EpochWriter}): as low as training, no lower. It needs a few per
     * cent of the CPU a run's training does (measured: 6 to 20 µs of CPU per stored epoch, against 300 µs for an
     * epoch of the playground's 2-8-8-1 network), so at the same niceness it keeps up however busy the machine, a crash
     * losing no more history; above training (as it was, at the pages' niceness) each of its writes pushed the training
     * thread aside. Lower, a machine busy with other work would give it a
     * fraction of what the run it records gets, and a run's end waits until its epochs are stored.
     */
    public static final int RECORDING = TRAINING;
    private static final Logger log = LoggerFactory.getLogger(ThreadNiceness.class);
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private ThreadNiceness() {
    }

    /**
     * Sets the calling thread's niceness to {@code niceness} unless it already runs at that or lower.
     *
     * @param niceness 1 (a little lower) to 19 (lowest)
     */
    public static void lowerCurrentThread(int niceness) {
        if (!Files.exists(THREAD_SELF)) {
            return;
        }
        try {
            if (currentNiceness() >= niceness) {
                return;
            }
            // /proc/thread-self -> "<pid>/task/<tid>"
            String target = Files.readSymbolicLink(THREAD_SELF).toString();
            String tid = target.substring(target.lastIndexOf('/') + 1);
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(niceness), "-p", tid)
                    .redirectErrorStream(true).start();
            String output = new String(renice.getInputStream().readAllBytes());
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                log.debug("Could not lower the priority of {}: {}", Thread.currentThread().getName(), output.trim());
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not lower the priority of {}: {}", Thread.currentThread().getName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads of this name that lower themselves to {@code niceness} before their first task. */
    public static ThreadFactory daemons(String name, int niceness) {
        return task -> {
            Thread t = new Thread(() -> {
                lowerCurrentThread(niceness);
                task.run();
            }, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The calling thread's niceness: field 19 of /proc/thread-self/stat (after the name in parentheses). */
    static int currentNiceness() throws IOException {
        String stat = Files.readString(THREAD_SELF.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
