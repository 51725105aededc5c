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
        addToWeightGradients(parameters, lambda, false);
    }

    /**
     * {@code g += λ·w}, or with {@code sign} {@code g += λ·sign(w)} (L1's gradient, {@link L1Penalty}),
     * for weight matrices only: one loop for both, so they cannot drift apart on what they touch.
     */
    static void addToWeightGradients(List<Parameter> parameters, double lambda, boolean sign) {
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
                // Math.signum(±0.0) is ±0.0, which adds nothing: sign(0) = 0, as torch.sign
                g[i] += lambda * (sign ? Math.signum(w[i]) : w[i]);
            }
        }
    }
}
