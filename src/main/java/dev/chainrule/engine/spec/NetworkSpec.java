package dev.chainrule.engine.spec;

import dev.chainrule.engine.Network;
import java.util.List;
import java.util.Objects;

/** The architecture: the number of input features and the layers in order. */
public record NetworkSpec(int inputs, List<LayerSpec> layers) {

    public static final int MAX_INPUTS = 100_000;

    public NetworkSpec {
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must be between 1 and " + MAX_INPUTS + ", was " + inputs);
        }
        Objects.requireNonNull(layers, "layers must not be null");
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) == null) {
                throw new IllegalArgumentException("layer " + (i + 1) + " must not be null");
            }
        }
        layers = List.copyOf(layers);
        if (layers.stream().noneMatch(DenseSpec.class::isInstance)) {
            throw new IllegalArgumentException("a network needs at least one dense layer");
        }
        // the output layer must be dense: losses read its pre-activation (logits)
        if (!(layers.get(layers.size() - 1) instanceof DenseSpec)) {
            throw new IllegalArgumentException("the last layer must be dense, was dropout");
        }
    }

    /** The dense layers only, in order (the ones that own weights). */
    public List<DenseSpec> denseLayers() {
        return layers.stream().filter(DenseSpec.class::isInstance).map(DenseSpec.class::cast).toList();
    }

    /** Weights and biases to learn: each dense layer has inputs × units weights and units biases. */
    public long parameterCount() {
        long count = 0;
        int width = inputs;
        for (DenseSpec dense : denseLayers()) {
            count += (long) width * dense.units() + dense.units();
            width = dense.units();
        }
        return count;
    }

    /** The number of values {@link Network#predict(double[])} returns. */
    public int outputs() {
        return ((DenseSpec) layers.get(layers.size() - 1)).units();
    }
}
