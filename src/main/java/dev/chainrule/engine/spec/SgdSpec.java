package dev.chainrule.engine.spec;

/**
 * Stochastic gradient descent with optional momentum, PyTorch's rule (Sutskever et al. 2013
 * form): the first step uses {@code v = g}, later steps {@code v = μ·v + g}; then
 * {@code w -= lr·v}. Momentum 0 is plain gradient descent.
 */
public record SgdSpec(double learningRate, double momentum) implements OptimizerSpec {

    public SgdSpec {
        OptimizerSpec.requirePositiveLearningRate(learningRate);
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("momentum must be at least 0 and below 1, was " + momentum);
        }
    }

    /** Plain gradient descent. */
    public static SgdSpec plain(double learningRate) {
        return new SgdSpec(learningRate, 0.0);
    }
}
