package dev.chainrule.engine.spec;

import dev.chainrule.engine.layer.ActivationFunction;
import dev.chainrule.engine.layer.Activations;

/** The activation of a dense layer, by its id in the experiment format (docs/FORMATS.md in the project). */
public enum Activation implements Ids {
    SIGMOID(Activations.SIGMOID),
    TANH(Activations.TANH),
    RELU(Activations.RELU),
    /** Negative slope 0.01, as PyTorch's default. */
    LEAKY_RELU(Activations.LEAKY_RELU),
    LINEAR(Activations.LINEAR),
    SOFTMAX(Activations.SOFTMAX);
    private final ActivationFunction function;

    Activation(ActivationFunction function) {
        this.function = function;
    }

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
    public static Activation fromId(String id) {
        return Ids.fromId(Activation.class, "activation", id);
    }

    /** The math behind the id; kept out of the public API so layers stay independent of it. */
    public ActivationFunction function() {
        return function;
    }
}
