package dev.chainrule.engine.spec;

import java.util.Objects;

/**
 * Gradient clipping, applied to every parameter (biases included) after backward and before
 * weight decay and the optimizer step (docs/FORMATS.md in the project):
 * <ul>
 *   <li>{@link Mode#VALUE}: each gradient element is clamped to [−threshold, threshold]
 *       (PyTorch's {@code clip_grad_value_});</li>
 *   <li>{@link Mode#NORM}: with n the L2 norm over all gradients together, every gradient is
 *       scaled by {@code threshold / (n + 1e-6)} when that factor is below 1 (PyTorch's
 *       {@code clip_grad_norm_}).</li>
 * </ul>
 * The threshold of mode {@code none} is ignored (the format always carries one), so it is
 * only checked for the other modes.
 */
public record ClippingSpec(Mode mode, double threshold) {

    /** No clipping. */
    public static final ClippingSpec NONE = new ClippingSpec(Mode.NONE, 1.0);

    public ClippingSpec {
        Objects.requireNonNull(mode, "gradient clipping mode must not be null");
        if (mode != Mode.NONE && (!(threshold > 0.0) || Double.isInfinite(threshold))) {
            throw new IllegalArgumentException("gradient clipping threshold must be positive, was " + threshold);
        }
    }

    public static ClippingSpec byValue(double threshold) {
        return new ClippingSpec(Mode.VALUE, threshold);
    }

    public static ClippingSpec byNorm(double threshold) {
        return new ClippingSpec(Mode.NORM, threshold);
    }

    /** {@code gradientClipping.mode} in the experiment format. */
    public enum Mode implements Ids {
        NONE,
        VALUE,
        NORM;

        /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
        public static Mode fromId(String id) {
            return Ids.fromId(Mode.class, "gradient clipping mode", id);
        }
    }
}
