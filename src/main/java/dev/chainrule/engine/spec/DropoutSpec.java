package dev.chainrule.engine.spec;

/**
 * Inverted dropout (Srivastava et al. 2014): during training each value is zeroed with
 * probability {@code rate} and the survivors are scaled by 1 / (1 - rate); in evaluation it
 * is the identity.
 */
public record DropoutSpec(double rate) implements LayerSpec {

    public DropoutSpec {
        // rate 1 would zero everything and divide by zero; NaN fails both comparisons, so test positively
        if (!(rate >= 0.0 && rate < 1.0)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), was " + rate);
        }
    }
}
