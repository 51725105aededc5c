package dev.chainrule.engine.spec;

import dev.chainrule.engine.layer.ActivationFunction;
import dev.chainrule.engine.layer.Activations;

/** The activation of a dense layer, by its id in the experiment format (docs/FORMATS.md in the project). */
public enum Activation {
    SIGMOID("sigmoid", Activations.SIGMOID),
    TANH("tanh", Activations.TANH),
    RELU("relu", Activations.RELU),
    /** Negative slope 0.01, as PyTorch's default. */
    LEAKY_RELU("leaky_relu", Activations.LEAKY_RELU),
    LINEAR("linear", Activations.LINEAR),
    SOFTMAX("softmax", Activations.SOFTMAX);

    private final String id;
    private final ActivationFunction function;

    Activation(String id, ActivationFunction function) {
        this.id = id;
        this.function = function;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
    public static Activation fromId(String id) {
        return Ids.fromId(Activation.class, "activation", id, Activation::id);
    }

    /** The math behind the id; kept out of the public API so layers stay independent of it. */
    public ActivationFunction function() {
        return function;
    }
}
