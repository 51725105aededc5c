package dev.chainrule.ui.step;

import dev.chainrule.engine.spec.Activation;

/**
 * Names of a network's parts, as the diagram's tooltips and the seed form write them: inputs x1, x2;
 * hidden unit 2 of layer 1 h1.2 with weighted sum z1.2; the output ŷ (ŷ1, ŷ2 … when there are several)
 * with weighted sum z2; weights W1[i,j] (from input i to unit j) and biases b1[j], all counted from 1.
 *
 * @param layers the number of dense layers; column {@code layers} holds the outputs
 * @param outputs the output units
 */
record UnitNames(int layers, int outputs) {

    /** Neuron {@code unit} of {@code column} (0: the inputs). */
    String neuron(int column, int unit) {
        if (column == 0) {
            return "x" + (unit + 1);
        }
        if (column == layers) {
            return outputs == 1 ? "ŷ" : "ŷ" + (unit + 1);
        }
        return "h" + column + "." + (unit + 1);
    }

    /** The weighted sum of neuron {@code unit} of {@code column}. */
    String sum(int column, int unit) {
        return column == layers && outputs == 1 ? "z" + column : "z" + column + "." + (unit + 1);
    }

    /** W of dense layer {@code k} (from 0), from its input {@code i} to its unit {@code j}. */
    String weight(int k, int i, int j) {
        return "W" + (k + 1) + "[" + (i + 1) + "," + (j + 1) + "]";
    }

    String bias(int k, int j) {
        return "b" + (k + 1) + "[" + (j + 1) + "]";
    }

    /** The activation as a formula of z. */
    static String formula(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "sigmoid(z) = 1 / (1 + e^(−z))";
            case TANH -> "tanh(z)";
            case RELU -> "ReLU(z) = max(0, z)";
            case LEAKY_RELU -> "leaky ReLU(z) = z if z > 0, else 0.01·z";
            case LINEAR -> "z itself (linear)";
            case SOFTMAX -> "softmax: e^z of this unit / the sum of e^z over the layer";
        };
    }

    /** The activation's slope da/dz in words and symbols. */
    static String slope(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "the sigmoid's slope a·(1 − a)";
            case TANH -> "the tanh's slope 1 − a²";
            case RELU -> "ReLU's slope: 1 where z > 0, else 0";
            case LEAKY_RELU -> "leaky ReLU's slope: 1 where z > 0, else 0.01";
            case LINEAR -> "a linear unit's slope: 1";
            case SOFTMAX -> "softmax's slope (it mixes the units of its layer)";
        };
    }
}
