package dev.chainrule.engine.optim;

import dev.chainrule.engine.layer.Parameter;
import java.util.List;

/**
 * L2 weight decay added to the gradient, PyTorch's {@code weight_decay} for SGD and Adam
 * (not AdamW's decoupled form): {@code g += λ·w}. Applies to weight matrices only; biases
 * are left alone, as the experiment format says (docs/FORMATS.md in the project). Runs after clipping and
 * before the optimizer step, so the decay term itself is never clipped.
 */
public final class WeightDecay {

    private WeightDecay() {
    }

    /**
     * @param parameters gradients of weight parameters modified; values and biases not modified
     * @param lambda     λ ≥ 0; 0 leaves everything unchanged
     */
    public static void apply(List<Parameter> parameters, double lambda) {
        if (lambda == 0.0) {
            return;
        }
        for (Parameter p : parameters) {
            if (!p.isWeight()) {
                continue;
            }
            double[] g = p.gradient().data;
            double[] w = p.value().data;
            for (int i = 0, n = p.value().getNumElements(); i < n; i++) {
                // g += λ·w
                g[i] += lambda * w[i];
            }
        }
    }
}
