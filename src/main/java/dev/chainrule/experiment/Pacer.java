package dev.chainrule.experiment;

import dev.chainrule.engine.RunControl;
import java.util.concurrent.locks.LockSupport;

/**
 * Slows a run to a chosen number of epochs per second, so that a tiny network (the seed's
 * 1,000 epochs take milliseconds) can be watched learning. Waits in short slices and never
 * uses thread interrupts: an interrupt would also abort the run's database writes.
 */
final class Pacer {
    private static final long SLICE_NANOS = 20_000_000L;
    private final long nanosPerEpoch;
    private final long start = System.nanoTime();

    Pacer(int epochsPerSecond) {
        this.nanosPerEpoch = epochsPerSecond <= 0 ? 0 : 1_000_000_000L / epochsPerSecond;
    }

    /** Waits until epoch {@code epoch} is due, or the run is asked to stop. */
    void awaitEpoch(int epoch, RunControl control) {
        if (nanosPerEpoch == 0) {
            return;
        }
        long due = start + epoch * nanosPerEpoch;
        long left;
        while ((left = due - System.nanoTime()) > 0 && !control.isStopRequested()) {
            LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
        }
    }
}
