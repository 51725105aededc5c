package dev.chainrule.experiment.pytorch;

import static dev.chainrule.experiment.pytorch.PythonText.literal;
import static dev.chainrule.experiment.pytorch.PythonText.number;

import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;

/**
 * The lines of the script that depend on the run's settings, each written as a PyTorch user writes
 * it and matching the engine's semantics exactly (docs/FORMATS.md, "Exact semantics"): the layers,
 * the loss, the optimizer (torch.optim.SGD and Adam do what the engine's do), L1 in the loss before
 * backward, clipping between backward and the step, weight decay inside the step.
 */
final class PyTorchCode {
    private PyTorchCode() {
    }

    /** One constructor call per layer, in order. */
    static String layers(List<LayerSpec> layers, int inputs) {
        StringBuilder s = new StringBuilder();
        int width = inputs;
        int dense = 0;
        for (LayerSpec layer : layers) {
            if (layer instanceof DenseSpec d) {
                String from = dense == 0 ? width + (width == 1 ? " input" : " inputs") : Integer.toString(width);
                s.append("Dense(INITIAL_WEIGHTS[").append(dense).append("], ").append(literal(d.activation().id()))
                        .append("),  # ").append(from).append(" → ").append(d.units())
                        .append(d.units() == 1 ? " unit" : " units").append('\n');
                width = d.units();
                dense++;
            } else if (layer instanceof DropoutSpec d) {
                s.append("Dropout(").append(number(d.rate())).append("),\n");
            } else {
                throw new IllegalArgumentException("a layer the export does not know: " + layer);
            }
        }
        return s.toString().stripTrailing();
    }

    /** The body of data_loss(z, output, y). */
    static String loss(TrainingConfig training) {
        return switch (training.loss()) {
            case MSE -> """
                    \"""Mean squared error: the mean over the batch's examples and outputs of (output − y)².\"""
                    return F.mse_loss(output, y)""";
            case BCE -> """
                    \"""Binary cross-entropy from the logits z, in the stable form max(z, 0) − z·y + log(1 + e^−|z|).\"""
                    return F.binary_cross_entropy_with_logits(z, y)""";
            case CROSS_ENTROPY -> """
                    \"""Softmax cross-entropy from the logits z; y is one-hot, so each class is where its 1 is.\"""
                    return F.cross_entropy(z, y.argmax(dim=1))""";
        };
    }

    /** The body of make_optimizer(network). */
    static String optimizer(TrainingConfig training) {
        String make = optimizerCall(training.optimizer());
        if (training.weightDecay() == 0.0) {
            return "return " + make.formatted("network.parameters()");
        }
        return """
                # weight decay (g += λ·W, inside step()) on the weights only, not the biases: two groups
                weights = [layer.W for layer in network.dense_layers()]
                biases = [layer.b for layer in network.dense_layers()]
                groups = [{"params": weights, "weight_decay": %s}, {"params": biases, "weight_decay": 0.0}]
                """.formatted(number(training.weightDecay())) + "return " + make.formatted("groups");
    }

    // the optimizer's constructor with %s where its parameters go
    private static String optimizerCall(OptimizerSpec spec) {
        if (spec instanceof SgdSpec sgd) {
            // PyTorch's momentum rule is the engine's: v = g on the first step, then v = μ·v + g; w -= lr·v
            return "torch.optim.SGD(%s, lr=" + number(sgd.learningRate())
                    + (sgd.momentum() == 0.0 ? "" : ", momentum=" + number(sgd.momentum())) + ")";
        }
        if (spec instanceof AdamSpec adam) {
            return "torch.optim.Adam(%s, lr=" + number(adam.learningRate()) + ", betas=(" + number(adam.beta1()) + ", "
                    + number(adam.beta2()) + "), eps=" + number(adam.epsilon()) + ")";
        }
        throw new IllegalArgumentException("an optimizer the export does not know: " + spec);
    }

    /** Backward: of the loss alone, or with L1's penalty added first (so its gradient is clipped and measured too). */
    static String backward(TrainingConfig training) {
        if (training.l1() == 0.0) {
            return "loss.backward()  # ∂loss/∂w for every weight and bias, by the chain rule";
        }
        return """
                penalty = L1 * sum(layer.W.abs().sum() for layer in network.dense_layers())
                (loss + penalty).backward()  # ∂/∂w by the chain rule; the penalty adds L1·sign(W)""";
    }

    /** Clipping between backward and the step, over every parameter (biases too); empty without. */
    static String clipping(ClippingSpec clipping) {
        return switch (clipping.mode()) {
            case NONE -> "";
            case VALUE -> "torch.nn.utils.clip_grad_value_(network.parameters(), " + number(clipping.threshold())
                    + ")  # each gradient value into [−threshold, threshold]";
            case NORM -> "torch.nn.utils.clip_grad_norm_(network.parameters(), " + number(clipping.threshold())
                    + ")  # all gradients scaled together to a norm ≤ threshold";
        };
    }
}
