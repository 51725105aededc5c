package dev.chainrule.training.pool;

import dev.chainrule.engine.RunControl;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets more runs train at once than there are cores without slowing the server down: a run
 * computes only while it holds one of a few slots (default one per core), and hands its slot on
 * after a short slice when another run is waiting. So eight runs on two cores all make progress,
 * each about a quarter of the time, while at most two threads compute and request threads still
 * find a core.
 *
 * <p>Who gets a freed slot is fair between groups ({@link Share}, {@link FairLine}): a waiting priority run
 * first, then the group whose run got a slot longest ago, a group's own runs in turn. So eight runs of one
 * class and one run of someone else share the CPU half and half, not eight to one.
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
    // guarded by lock: free slots, and the runs waiting for one
    private int free;
    private final FairLine<Turn> waiting = new FairLine<>();
    // names the group of a turn that shares with nobody
    private final AtomicLong loners = new AtomicLong();

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

    /** Runs waiting for a slot. */
    int waitingCount() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    private boolean othersWaiting() {
        synchronized (lock) {
            return !waiting.isEmpty();
        }
    }

    /** A turn for a run of the given group, which takes turns with the other groups' runs. */
    public Turn newTurn(RunControl control, Share share) {
        return new Turn(control, share);
    }

    /** A turn for a run in a group of its own. */
    public Turn newTurn(RunControl control) {
        return newTurn(control, new Share("turn:" + loners.incrementAndGet(), false));
    }

    /** One run's claim on a slot. */
    public final class Turn {
        private final RunControl control;
        private final Share share;
        private boolean held;
        private long since;

        private Turn(RunControl control, Share share) {
            this.control = control;
            this.share = share;
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
                waiting.add(this, share);
                awaitSlot();
            }
        }

        // lock held and this turn in line: waits until the line says it is next and a slot is free
        private void awaitSlot() {
            try {
                // a timed wait keeps the place in line and looks at the stop flag now and then
                while (!(free > 0 && waiting.next() == this) && !control.isStopRequested()) {
                    lock.wait(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                // nobody should interrupt a training thread: treat it as a stop, keep the flag
                Thread.currentThread().interrupt();
                control.requestStop();
            }
            if (control.isStopRequested()) {
                waiting.remove(this);
            } else {
                waiting.served(this);
                free--;
                held = true;
                since = System.nanoTime();
            }
            // the next in line may be able to go too
            lock.notifyAll();
        }

        /** After an epoch: gives the slot to the next waiting run once this one has had its slice. */
        public void yieldIfDue() {
            if (!held) {
                take();
            } else if (System.nanoTime() - since >= sliceNanos && othersWaiting()) {
                synchronized (lock) {
                    // back in line in the same step as the slot is freed, so the line chooses among all who wait
                    held = false;
                    free++;
                    waiting.add(this, share);
                    awaitSlot();
                }
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
