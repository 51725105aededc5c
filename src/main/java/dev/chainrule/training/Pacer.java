package dev.chainrule.training;

import dev.chainrule.engine.RunControl;
import java.util.concurrent.locks.LockSupport;

/**
 * Slows a run to a chosen number of epochs per second, so that a tiny network (the seed's
 * 1,000 epochs take milliseconds) can be watched learning. Waits in short slices and never
 * uses thread interrupts: an interrupt would also abort the run's database writes.
 *
 * <p>The pace may change while the run trains (the Lab's speed select): it is volatile, set by a
 * request thread and read by the training thread before each epoch and in each slice of a wait,
 * so a switch to full speed ends a long wait (10 epochs a second) within one slice.
 *
 * <p>A pace only slows epochs that are quicker than it: a dataset whose epoch takes longer trains
 * at full speed. While it waits the run holds its pool thread (one of {@code chainrule.training.max-active})
 * but not a CPU slot: {@code RunTask.onEpoch} releases its CPU turn before waiting and takes one
 * again after, so other runs compute meanwhile. One person has at most
 * {@link TrainingService#MAX_RUNS_PER_OWNER} runs at once, paced or not.
 */
final class Pacer {
    private static final long SLICE_NANOS = 20_000_000L;
    private static final long CATCH_UP_LIMIT_NANOS = 200_000_000L;
    private volatile int epochsPerSecond;
    // training thread only: when the previous epoch was due, 0 before the first paced one
    private long next;

    Pacer(int epochsPerSecond) {
        setEpochsPerSecond(epochsPerSecond);
    }

    /** @param epochsPerSecond 0 for full speed */
    void setEpochsPerSecond(int epochsPerSecond) {
        if (epochsPerSecond < 0) {
            throw new IllegalArgumentException("epochs per second must be 0 (full speed) or positive, was "
                    + epochsPerSecond);
        }
        this.epochsPerSecond = epochsPerSecond;
    }

    /** The pace now, 0 for full speed. */
    int epochsPerSecond() {
        return epochsPerSecond;
    }

    /** True when this run is slowed to a pace (false: full speed). */
    boolean isPaced() {
        return epochsPerSecond > 0;
    }

    private long nanosPerEpoch() {
        int pace = epochsPerSecond;
        return pace == 0 ? 0 : 1_000_000_000L / pace;
    }

    /** Waits until the next epoch is due at the pace of the moment, or the run is asked to stop. */
    void awaitEpoch(RunControl control) {
        long pace = nanosPerEpoch();
        if (pace == 0) {
            next = 0; // a later pace starts from its first epoch, not from where an old one left off
            return;
        }
        long now = System.nanoTime();
        // After a pause (or a slow epoch) restart the clock instead of racing to catch up.
        if (next == 0 || now - next > CATCH_UP_LIMIT_NANOS) {
            next = now;
        }
        long from = next;
        long left;
        while ((pace = nanosPerEpoch()) > 0 && (left = from + pace - System.nanoTime()) > 0
                && !control.isStopRequested()) {
            LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
        }
        next = pace == 0 ? 0 : from + pace;
    }
}
