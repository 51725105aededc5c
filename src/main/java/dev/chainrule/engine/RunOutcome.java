package dev.chainrule.engine;

/** How a call to {@link Trainer#fit} ended. */
public enum RunOutcome {
    /** Every requested epoch ran. */
    COMPLETED,
    /** {@link RunControl#requestStop()} was seen between two batches. */
    STOPPED,
    /** The loss or the weights stopped being finite numbers. */
    DIVERGED
}
