package dev.chainrule.engine;

/**
 * Lets another thread ask a running {@link Trainer#fit} to stop. The trainer looks at the flag
 * between batches, so a stop takes effect within one batch and keeps what was learned.
 */
public final class RunControl {

    // volatile: written by a UI/service thread, read by the training thread
    private volatile boolean stopRequested;

    public void requestStop() {
        stopRequested = true;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }
}
