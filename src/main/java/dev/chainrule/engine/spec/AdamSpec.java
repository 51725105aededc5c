package dev.chainrule.engine.spec;

/**
 * Adam (Kingma &amp; Ba 2015, "Adam: A Method for Stochastic Optimization", ICLR), with bias
 * correction and epsilon placed as PyTorch does; see docs/FORMATS.md in the project for the exact step.
 */
public record AdamSpec(double learningRate, double beta1, double beta2, double epsilon) implements OptimizerSpec {

    /** The paper's defaults: β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public static AdamSpec withDefaults(double learningRate) {
        return new AdamSpec(learningRate, 0.9, 0.999, 1e-8);
    }

    public AdamSpec {
        OptimizerSpec.requirePositiveLearningRate(learningRate);
        if (!(beta1 >= 0.0 && beta1 < 1.0)) {
            throw new IllegalArgumentException("beta1 must be at least 0 and below 1, was " + beta1);
        }
        if (!(beta2 >= 0.0 && beta2 < 1.0)) {
            throw new IllegalArgumentException("beta2 must be at least 0 and below 1, was " + beta2);
        }
        if (!(epsilon > 0.0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be positive, was " + epsilon);
        }
    }
}
