package dev.chainrule.engine.trace;

import dev.chainrule.engine.spec.OptimizerSpec;

/**
 * The optimizer in one update.
 *
 * @param spec            which optimizer, with its settings
 * @param step            Adam's t (steps taken, this one included); for SGD the update's number
 * @param firstStep       true for the run's first step (SGD's velocity then starts at the gradient itself)
 * @param biasCorrection1 Adam's 1 − β1ᵗ (1 for SGD)
 * @param biasCorrection2 Adam's 1 − β2ᵗ (1 for SGD)
 */
public record OptimizerTrace(OptimizerSpec spec, int step, boolean firstStep, double biasCorrection1,
        double biasCorrection2) {
}
