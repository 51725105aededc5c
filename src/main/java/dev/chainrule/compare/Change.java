package dev.chainrule.compare;

/** How a run's setting stands against the reference run's (the first of a comparison). */
public enum Change {
    SAME,
    CHANGED,
    /** The run has it and the reference does not (a layer more, an optimizer's own setting). */
    ADDED,
    /** The reference has it and the run does not. */
    REMOVED
}
