package dev.chainrule.engine;

import dev.chainrule.engine.loss.BinaryCrossEntropy;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.MeanSquaredError;
import dev.chainrule.engine.loss.SoftmaxCrossEntropy;
import dev.chainrule.engine.optim.Adam;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.optim.Sgd;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;

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

    /**
     * Refuses a configuration or data that do not fit the network, before any weight changes.
     *
     * @param validation null when there is none (then early stopping is refused)
     */
    static void requireCompatible(NetworkSpec spec, TrainingData train, TrainingData validation,
            TrainingConfig config) {
        requireFits(spec, train, "training data");
        if (validation != null) {
            requireFits(spec, validation, "validation data");
        } else if (config.earlyStopping() != null) {
            throw new IllegalArgumentException("early stopping needs validation data: set a validation fraction above 0");
        }
        String output = ((DenseSpec) spec.layers().get(spec.layers().size() - 1)).activation().id();
        if (config.loss() == LossKind.BCE && !output.equals("sigmoid")) {
            throw new IllegalArgumentException("loss bce needs a sigmoid output layer, but the last layer is " + output);
        }
        if (config.loss() == LossKind.CROSS_ENTROPY && !output.equals("softmax")) {
            throw new IllegalArgumentException(
                    "loss cross_entropy needs a softmax output layer, but the last layer is " + output);
        }
        if (config.task() == Task.BINARY && spec.outputs() != 1) {
            throw new IllegalArgumentException(
                    "task binary needs 1 output unit, but the last layer has " + spec.outputs());
        }
        if (config.task() == Task.MULTICLASS && spec.outputs() < 2) {
            throw new IllegalArgumentException(
                    "task multiclass needs at least 2 output units (one per class), but the last layer has 1");
        }
    }

    private static void requireFits(NetworkSpec spec, TrainingData data, String what) {
        if (data.features() != spec.inputs()) {
            throw new IllegalArgumentException(what + " has " + data.features()
                    + " features but the network expects " + spec.inputs() + " inputs");
        }
        if (data.outputs() != spec.outputs()) {
            throw new IllegalArgumentException(what + " has " + data.outputs()
                    + " target columns but the network has " + spec.outputs() + " outputs");
        }
    }
}
