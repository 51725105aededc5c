package dev.chainrule.engine.spec;

import java.util.Objects;

/** A fully connected layer {@code a = activation(x·W + b)} with {@code units} outputs. */
public record DenseSpec(int units, Activation activation) implements LayerSpec {

    public static final int MAX_UNITS = 4096;

    public DenseSpec {
        if (units < 1 || units > MAX_UNITS) {
            throw new IllegalArgumentException("units must be between 1 and " + MAX_UNITS + ", was " + units);
        }
        Objects.requireNonNull(activation, "activation must not be null");
    }
}
