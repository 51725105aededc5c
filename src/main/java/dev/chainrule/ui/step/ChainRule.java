package dev.chainrule.ui.step;

import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The chain-rule factors of each gradient, every value read from the trace. A unit whose error reaches the
 * loss along one path only (every layer above it has one unit, as in the seed's 2-2-1 network) shows the
 * whole chain, ∂L/∂ŷ · ∂ŷ/∂z2 · ∂z2/∂h1.1 · ∂h1.1/∂z1.1 …; a unit that feeds several starts from ∂L/∂h,
 * the sum over what it feeds, which its own Backward stage adds up.
 */
final class ChainRule {
    private final UpdateTrace trace;
    private final UnitNames names;
    private final int last;

    ChainRule(UpdateTrace trace, UnitNames names) {
        this.trace = trace;
        this.names = names;
        this.last = trace.layers().size() - 1;
    }

    /** Factors whose product is ∂L/∂z of unit {@code j} of dense layer {@code k} (from 0). */
    List<Factor> error(int k, int j) {
        LayerTrace layer = trace.layers().get(k);
        String unit = names.neuron(k + 1, j);
        String z = names.sum(k + 1, j);
        if (k == last && layer.outputGradient() == null) {
            return List.of(new Factor("∂L/∂" + z, lossThroughActivation(), column(layer.preActivationGradient(), j)));
        }
        if (layer.slope() == null) { // softmax: each a depends on every z of its layer
            return List.of(new Factor("∂L/∂" + z, "softmax mixes its layer: a·(∂L/∂a − Σ ∂L/∂a·a) over the layer",
                    column(layer.preActivationGradient(), j)));
        }
        List<Factor> factors = new ArrayList<>();
        if (k == last) {
            factors.add(new Factor("∂L/∂" + unit, lossSlope(), column(layer.outputGradient(), j)));
        } else {
            LayerTrace above = trace.layers().get(k + 1);
            String fed = above.inputMask() == null ? unit : "(" + unit + " after dropout)";
            if (above.units() == 1) {
                factors.addAll(error(k + 1, 0));
                factors.add(new Factor("∂" + names.sum(k + 2, 0) + "/∂" + fed, "the weight from " + unit + " to "
                        + names.neuron(k + 2, 0) + ": " + names.weight(k + 1, j, 0), constant(above.weights()[j][0])));
            } else {
                factors.add(new Factor("∂L/∂" + fed, "the sum over the " + above.units() + " units " + unit
                        + " feeds of their ∂L/∂z times the weight to them", column(above.inputGradient(), j)));
            }
            if (above.inputMask() != null) {
                factors.add(new Factor("∂" + fed + "/∂" + unit, "dropout: 1/(1 − rate) where it kept " + unit
                        + ", 0 where it dropped it", column(above.inputMask(), j)));
            }
        }
        factors.add(new Factor("∂" + unit + "/∂" + z, UnitNames.slope(layer.activation()), column(layer.slope(), j)));
        return factors;
    }

    /** Factors whose product is this example's share of ∂L/∂W[i,j] of dense layer {@code k}. */
    List<Factor> weight(int k, int i, int j) {
        LayerTrace layer = trace.layers().get(k);
        String from = names.neuron(k, i) + (layer.inputMask() == null ? "" : " after dropout");
        List<Factor> factors = new ArrayList<>(error(k, j));
        factors.add(new Factor("∂" + names.sum(k + 1, j) + "/∂" + names.weight(k, i, j),
                "the value this weight multiplies: " + from, column(layer.input(), i)));
        return factors;
    }

    /** Factors whose product is this example's share of ∂L/∂b[j] of dense layer {@code k}. */
    List<Factor> bias(int k, int j) {
        List<Factor> factors = new ArrayList<>(error(k, j));
        factors.add(new Factor("∂" + names.sum(k + 1, j) + "/∂" + names.bias(k, j), "a bias adds itself: 1",
                constant(1.0)));
        return factors;
    }

    private String lossSlope() {
        return trace.loss().kind() == LossKind.MSE ? "how the loss changes with the prediction: 2·(ŷ − y)" + share()
                : "how the loss changes with the prediction";
    }

    private String lossThroughActivation() {
        String through = trace.loss().kind() == LossKind.BCE ? "binary cross-entropy through the sigmoid"
                : "cross-entropy through the softmax";
        return through + " in one step: (ŷ − y)" + (trace.loss().kind() == LossKind.BCE ? share() : batchShare());
    }

    // the mean's share: MSE and binary cross-entropy average over examples and outputs
    private String share() {
        int count = trace.examples() * trace.y()[0].length;
        return count == 1 ? "" : " / " + count + " (the loss is a mean over " + count + " numbers)";
    }

    private String batchShare() {
        return trace.examples() == 1 ? "" : " / " + trace.examples() + " (the loss is a mean over the examples)";
    }

    private double[] constant(double value) {
        double[] v = new double[trace.examples()];
        Arrays.fill(v, value);
        return v;
    }

    static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r][j];
        }
        return c;
    }
}
