package dev.chainrule.engine;

import java.util.Objects;

/**
 * The end of a run. {@code epochsRun} counts the epochs that ran to their end and were
 * reported to the listener; {@code message} is null when the run completed and otherwise
 * says, for a person, what happened (for divergence: at which epoch, and what to try).
 */
public record TrainingResult(RunOutcome outcome, int epochsRun, String message) {

    public TrainingResult {
        Objects.requireNonNull(outcome, "outcome must not be null");
        if (epochsRun < 0) {
            throw new IllegalArgumentException("epochs run must not be negative, was " + epochsRun);
        }
    }
}
