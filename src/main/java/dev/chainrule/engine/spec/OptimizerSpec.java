package dev.chainrule.engine.spec;

/** Which optimizer a run uses and its hyperparameters; the engine builds a fresh optimizer per run. */
public sealed interface OptimizerSpec permits SgdSpec, AdamSpec {

    double learningRate();

    /** Shared check: learning rates must be positive and finite. */
    static void requirePositiveLearningRate(double learningRate) {
        if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
        }
    }
}
