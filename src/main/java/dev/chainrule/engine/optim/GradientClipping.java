package dev.chainrule.engine.optim;

import dev.chainrule.engine.layer.Parameter;
import java.util.List;

/**
 * Gradient clipping over a list of parameters (weights and biases alike), in PyTorch's two
 * forms. Runs after backward and before weight decay and the optimizer step; gradients are
 * modified in place, values are not touched.
 */
public final class GradientClipping {

    /** Added to the norm before dividing, as {@code torch.nn.utils.clip_grad_norm_} does. */
    public static final double NORM_EPSILON = 1e-6;

    private GradientClipping() {
    }

    /**
     * Clamps every gradient element to [−threshold, threshold] ({@code clip_grad_value_}).
     *
     * @param parameters gradients modified
     */
    public static void byValue(List<Parameter> parameters, double threshold) {
        for (Parameter p : parameters) {
            double[] g = p.gradient().data;
            for (int i = 0, n = p.gradient().getNumElements(); i < n; i++) {
                // g = min(max(g, −c), c)
                g[i] = Math.min(Math.max(g[i], -threshold), threshold);
            }
        }
    }

    /**
     * Scales all gradients together so that their global L2 norm is at most about
     * {@code threshold} ({@code clip_grad_norm_}).
     *
     * @param parameters gradients modified
     * @return the global norm before clipping
     */
    public static double byNorm(List<Parameter> parameters, double threshold) {
        // n = ‖(‖g_1‖, …, ‖g_k‖)‖₂ : per-parameter norms first, as PyTorch stacks them
        double sumOfSquaredNorms = 0.0;
        for (Parameter p : parameters) {
            double norm = norm(p.gradient().data, p.gradient().getNumElements());
            sumOfSquaredNorms += norm * norm;
        }
        double total = Math.sqrt(sumOfSquaredNorms);
        // c = threshold / (n + 1e-6); scale only when c < 1
        double coefficient = threshold / (total + NORM_EPSILON);
        if (coefficient < 1.0) {
            for (Parameter p : parameters) {
                double[] g = p.gradient().data;
                for (int i = 0, n = p.gradient().getNumElements(); i < n; i++) {
                    g[i] *= coefficient;
                }
            }
        }
        return total;
    }

    // ‖g‖₂ = sqrt(Σ g_i²)
    private static double norm(double[] g, int n) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += g[i] * g[i];
        }
        return Math.sqrt(sum);
    }
}
