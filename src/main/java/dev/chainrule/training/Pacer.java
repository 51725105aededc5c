package dev.chainrule.training;

import dev.chainrule.engine.RunControl;
import java.util.concurrent.locks.LockSupport;

/**
 * Slows a run to a chosen number of epochs per second, so that a tiny network (the seed's
 * 1,000 epochs take milliseconds) can be watched learning. Waits in short slices and never
 * uses thread interrupts: an interrupt would also abort the run's database writes.
 *
 * <p>While it waits the run holds its pool thread (one of {@code chainrule.training.max-active})
 * but not a CPU slot: {@code RunTask.onEpoch} releases its CPU turn before waiting and takes one
 * again after, so other runs compute meanwhile. Paced runs are the seed page's, one person's at
 * most {@link TrainingService#MAX_RUNS_PER_OWNER} at once (their owner is the browser session).
 */
final class Pacer {
    private static final long SLICE_NANOS = 20_000_000L;
    private static final long CATCH_UP_LIMIT_NANOS = 200_000_000L;
    private final long nanosPerEpoch;
    private long next;

    Pacer(int epochsPerSecond) {
        this.nanosPerEpoch = epochsPerSecond <= 0 ? 0 : 1_000_000_000L / epochsPerSecond;
    }

    /** True when this run is slowed to a pace (false: full speed). */
    boolean isPaced() {
        return nanosPerEpoch > 0;
    }

    /** Waits until the next epoch is due, or the run is asked to stop. */
    void awaitEpoch(int epoch, RunControl control) {
        if (nanosPerEpoch == 0) {
            return;
        }
        long now = System.nanoTime();
        // After a pause (or a slow epoch) restart the clock instead of racing to catch up.
        if (next == 0 || now - next > CATCH_UP_LIMIT_NANOS) {
            next = now;
        }
        next += nanosPerEpoch;
        long left;
        while ((left = next - System.nanoTime()) > 0 && !control.isStopRequested()) {
            LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
        }
    }
}
