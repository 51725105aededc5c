package dev.chainrule.engine;

/** How a call to {@link Trainer#fit} ended. */
public enum RunOutcome {
    /** Every requested epoch ran. */
    COMPLETED,
    /** {@link RunControl#requestStop()} was seen between two batches (or while paused). */
    STOPPED,
    /** Early stopping: the validation loss stopped improving for {@code patience} epochs. */
    STOPPED_EARLY,
    /** The loss or the weights stopped being finite numbers. */
    DIVERGED
}
