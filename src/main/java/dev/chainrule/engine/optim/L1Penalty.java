package dev.chainrule.engine.optim;

import dev.chainrule.engine.layer.Parameter;
import java.util.List;

/**
 * L1 on the weights as a PyTorch user writes it: {@code loss + λ·Σ|W|} before backward. The
 * penalty's gradient {@code λ·sign(W)} is therefore part of the gradient that backward leaves,
 * so it is clipped and counted in the gradient norms like the data's own gradient, unlike
 * {@link WeightDecay}, which comes after clipping. {@code sign(0) = 0}, as {@code torch.sign}
 * (the subgradient autograd takes for {@code abs} at 0): a weight at exactly zero feels no pull.
 * Biases are left alone, as for weight decay.
 */
public final class L1Penalty {

    private L1Penalty() {
    }

    /**
     * Adds the penalty's gradient to the weight gradients; call right after backward.
     *
     * @param parameters gradients of weight parameters modified; values and biases not modified
     * @param lambda     λ ≥ 0; 0 leaves everything unchanged
     */
    public static void addGradient(List<Parameter> parameters, double lambda) {
        WeightDecay.addToWeightGradients(parameters, lambda, true);
    }
}
