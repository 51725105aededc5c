package dev.chainrule.training.pool;

import dev.chainrule.engine.RunControl;
import java.util.ArrayDeque;

/**
 * Lets more runs train at once than there are cores without slowing the server down: a run
 * computes only while it holds one of a few slots (default one per core), and hands its slot on
 * after a short slice when another run is waiting (first come, first served). So eight runs on
 * two cores all make progress, each about a quarter of the time, while at most two threads
 * compute and request threads still find a core.
 *
 * <p>One {@link Turn} per run, used only by that run's training thread. Turns are taken and
 * given back between epochs (the engine's only safe points), so a slice may run over by one epoch.
 */
public final class CpuTurns {
    static final long DEFAULT_SLICE_NANOS = 50_000_000L;
    // a waiting run looks at its stop flag this often (RunControl has no way to wake it)
    private static final long POLL_MILLIS = 50;

    private final long sliceNanos;
    private final Object lock = new Object();
    // guarded by lock: free slots, and the runs waiting for one in order of arrival
    private int free;
    private final ArrayDeque<Turn> waiting = new ArrayDeque<>();

    CpuTurns(int slots, long sliceNanos) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot is needed, was " + slots);
        }
        this.free = slots;
        this.sliceNanos = sliceNanos;
    }

    /** Slots no run holds right now. */
    int freeSlots() {
        synchronized (lock) {
            return free;
        }
    }

    private boolean othersWaiting() {
        synchronized (lock) {
            return !waiting.isEmpty();
        }
    }

    public Turn newTurn(RunControl control) {
        return new Turn(control);
    }

    /** One run's claim on a slot. */
    public final class Turn {
        private final RunControl control;
        private boolean held;
        private long since;

        private Turn(RunControl control) {
            this.control = control;
        }

        /**
         * Waits for a slot (no-op when this run holds one). Returns early, without a slot, when
         * the run is asked to stop: the trainer then ends it at its next batch.
         */
        public void take() {
            if (held) {
                return;
            }
            synchronized (lock) {
                waiting.addLast(this);
                try {
                    // first in line takes the next free slot; a timed wait keeps the place in line
                    while (!(free > 0 && waiting.peekFirst() == this) && !control.isStopRequested()) {
                        lock.wait(POLL_MILLIS);
                    }
                } catch (InterruptedException e) {
                    // nobody should interrupt a training thread: treat it as a stop, keep the flag
                    Thread.currentThread().interrupt();
                    control.requestStop();
                }
                waiting.remove(this);
                if (!control.isStopRequested()) {
                    free--;
                    held = true;
                }
                // the next in line may be able to go too
                lock.notifyAll();
            }
            since = System.nanoTime();
        }

        /** After an epoch: gives the slot to the next waiting run once this one has had its slice. */
        public void yieldIfDue() {
            if (!held) {
                take();
            } else if (System.nanoTime() - since >= sliceNanos && othersWaiting()) {
                release();
                take();
            }
        }

        /** Gives the slot back (while paused, pacing or done); safe to call without one. */
        public void release() {
            if (held) {
                synchronized (lock) {
                    held = false;
                    free++;
                    lock.notifyAll();
                }
            }
        }

        boolean isHeld() {
            return held;
        }
    }
}
