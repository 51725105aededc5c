package dev.chainrule.engine;

import dev.chainrule.engine.loss.BinaryCrossEntropy;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.MeanSquaredError;
import dev.chainrule.engine.loss.SoftmaxCrossEntropy;
import dev.chainrule.engine.optim.Adam;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.optim.Sgd;

/** Turns the value types of a {@link TrainingConfig} into fresh engine objects, and checks they fit the network. */
final class TrainingParts {

    private TrainingParts() {
    }

    static Loss loss(LossKind kind) {
        return switch (kind) {
            case MSE -> new MeanSquaredError();
            case BCE -> new BinaryCrossEntropy();
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy();
        };
    }

    /** A new optimizer for one run (optimizers keep per-run state). */
    static Optimizer optimizer(OptimizerSpec spec) {
        if (spec instanceof SgdSpec sgd) {
            return new Sgd(sgd.learningRate(), sgd.momentum());
        }
        if (spec instanceof AdamSpec adam) {
            return new Adam(adam.learningRate(), adam.beta1(), adam.beta2(), adam.epsilon());
        }
        throw new IllegalArgumentException("unsupported optimizer " + spec);
    }

    /** Refuses data and losses that do not fit the network, before any weight changes. */
    static void requireCompatible(NetworkSpec spec, TrainingData data, LossKind loss) {
        if (data.features() != spec.inputs()) {
            throw new IllegalArgumentException("training data has " + data.features()
                    + " features but the network expects " + spec.inputs() + " inputs");
        }
        if (data.outputs() != spec.outputs()) {
            throw new IllegalArgumentException("training data has " + data.outputs()
                    + " target columns but the network has " + spec.outputs() + " outputs");
        }
        DenseSpec output = (DenseSpec) spec.layers().get(spec.layers().size() - 1);
        if (loss == LossKind.BCE && output.activation() != Activation.SIGMOID) {
            throw new IllegalArgumentException("loss bce needs a sigmoid output layer, but the last layer is "
                    + output.activation().id());
        }
        if (loss == LossKind.CROSS_ENTROPY && output.activation() != Activation.SOFTMAX) {
            throw new IllegalArgumentException("loss cross_entropy needs a softmax output layer, but the last layer is "
                    + output.activation().id());
        }
    }
}
