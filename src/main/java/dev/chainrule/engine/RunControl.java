package dev.chainrule.engine;

/**
 * Lets other threads steer a running {@link Trainer#fit}: stop it, pause it between epochs,
 * resume it, or let it run one epoch at a time. Thread-safe; one instance per run.
 *
 * <p>A stop is seen between batches, so it takes effect within one batch and keeps what was
 * learned; it also releases a paused run. A pause is seen between epochs: the training
 * thread then waits on this object's monitor until {@link #resume}, {@link #step} or
 * {@link #requestStop} wakes it. Nothing here interrupts a thread: an interrupt would also
 * break whatever the caller's thread is writing (e.g. metrics to the database).
 */
public final class RunControl {

    /**
     * Told on the training thread when it is about to wait for a pause to end and when it goes
     * on, outside this object's lock, so that it may take other locks (e.g. to announce the pause,
     * or to lend its share of the CPU to other runs meanwhile).
     */
    public interface PauseListener {
        void pausing();

        void continuing();
    }

    private final Object monitor = new Object();
    private volatile PauseListener pauseListener;
    // volatile: read by the training thread before every batch without taking the monitor
    private volatile boolean stopRequested;
    // written under monitor; volatile so that awaitEpochStart can skip the monitor while running freely
    private volatile boolean paused;
    // guarded by monitor
    private int epochsGranted;
    private boolean waiting;

    /** Ends the run at the next batch boundary, or at once if it is paused. */
    public void requestStop() {
        synchronized (monitor) {
            stopRequested = true;
            monitor.notifyAll();
        }
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    /** Pauses before the next epoch starts (at once if the run has not started); drops pending steps. */
    public void pause() {
        synchronized (monitor) {
            paused = true;
            epochsGranted = 0;
        }
    }

    /** Runs on freely again. */
    public void resume() {
        synchronized (monitor) {
            paused = false;
            epochsGranted = 0;
            monitor.notifyAll();
        }
    }

    /**
     * Lets exactly one more epoch start, then pauses again. Calls add up (three steps, three
     * epochs). On a running run this pauses it after the epoch that follows the current one.
     */
    public void step() {
        synchronized (monitor) {
            paused = true;
            epochsGranted++;
            monitor.notifyAll();
        }
    }

    /** Sets who hears when the training thread starts and ends waiting in a pause (null: nobody). */
    public void setPauseListener(PauseListener listener) {
        this.pauseListener = listener;
    }

    /** True while the run is paused or will pause at its next epoch boundary. */
    public boolean isPaused() {
        synchronized (monitor) {
            return paused;
        }
    }

    /** True while the training thread is actually blocked in a pause. */
    public boolean isWaiting() {
        synchronized (monitor) {
            return waiting;
        }
    }

    /**
     * Called by the trainer before each epoch: blocks while paused with no epoch granted.
     *
     * @return false when the run should stop instead
     */
    boolean awaitEpochStart() {
        // fast path, no lock: neither paused nor stopping (a tiny network runs an epoch in ~1 µs)
        if (!paused && !stopRequested) {
            return true;
        }
        PauseListener listener = pauseListener;
        boolean willWait;
        synchronized (monitor) {
            willWait = paused && epochsGranted == 0 && !stopRequested;
        }
        if (willWait && listener != null) {
            listener.pausing();
        }
        try {
            return waitWhilePaused();
        } finally {
            if (willWait && listener != null) {
                listener.continuing();
            }
        }
    }

    private boolean waitWhilePaused() {
        synchronized (monitor) {
            try {
                while (paused && epochsGranted == 0 && !stopRequested) {
                    waiting = true;
                    monitor.wait();
                }
            } catch (InterruptedException e) {
                // nobody should interrupt a training thread; if someone does, keep the flag and stop cleanly
                Thread.currentThread().interrupt();
                stopRequested = true;
            } finally {
                waiting = false;
            }
            if (paused && epochsGranted > 0 && !stopRequested) {
                epochsGranted--;
            }
            return !stopRequested;
        }
    }
}
