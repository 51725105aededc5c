package dev.chainrule.engine;

import dev.chainrule.engine.spec.EarlyStoppingSpec;

/**
 * Watches the validation loss epoch by epoch ({@link EarlyStoppingSpec}): an epoch improves
 * when its loss is below the best so far minus {@code minDelta}; after {@code patience}
 * epochs in a row without improvement the run should stop. A NaN loss never improves.
 */
final class EarlyStopping {

    private final EarlyStoppingSpec spec;
    private double best = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;

    /** @param spec null = never stop early */
    EarlyStopping(EarlyStoppingSpec spec) {
        this.spec = spec;
    }

    /** Records one epoch's validation loss (null without validation data); true when the run should end. */
    boolean shouldStop(Double validationLoss) {
        if (spec == null || validationLoss == null) {
            return false;
        }
        if (validationLoss < best - spec.minDelta()) {
            best = validationLoss;
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return epochsWithoutImprovement >= spec.patience();
    }

    String message(int epoch) {
        return "stopped early after epoch " + epoch + ": validation loss did not improve by more than "
                + spec.minDelta() + " for " + spec.patience() + " epochs (best " + best + ")";
    }
}
