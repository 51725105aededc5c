package dev.chainrule.engine.layer;

import org.ejml.data.DMatrixRMaj;

/**
 * A trainable matrix and the gradient of the loss with respect to it, same shape.
 * Layers own parameters and add into {@link #gradient()} during backward; optimizers read
 * the gradient and modify {@link #value()} in place.
 */
public final class Parameter {

    private final String name;
    private final DMatrixRMaj value;
    private final DMatrixRMaj gradient;
    private final boolean weight;
    // zeroGradient() only marks the gradient; it is cleared on the next read, or not at all
    // when a layer overwrites it whole (Dense's dW product), which saves a pass over W-sized memory
    private boolean zeroPending;

    /**
     * @param weight true for a weight matrix, false for a bias: weight decay
     *               applies to weights only, and gradient norms are reported for weights only
     */
    public Parameter(String name, int rows, int cols, boolean weight) {
        this.name = name;
        this.value = new DMatrixRMaj(rows, cols);
        this.gradient = new DMatrixRMaj(rows, cols);
        this.weight = weight;
    }

    public String name() {
        return name;
    }

    /** The live values (modified by optimizers). */
    public DMatrixRMaj value() {
        return value;
    }

    /**
     * The live gradient (accumulated into by backward, cleared by {@link #zeroGradient()}).
     * Call this again after a {@link #zeroGradient()} rather than keeping the matrix: the
     * clearing happens here, lazily.
     */
    public DMatrixRMaj gradient() {
        if (zeroPending) {
            gradient.zero();
            zeroPending = false;
        }
        return gradient;
    }

    /**
     * For a layer about to add its contribution to the gradient: returns the gradient matrix
     * WITHOUT clearing it and tells (through {@code overwrite[0]}) whether it is logically
     * zero, in which case the caller must overwrite every element instead of adding.
     */
    DMatrixRMaj gradientForAccumulation(boolean[] overwrite) {
        overwrite[0] = zeroPending;
        zeroPending = false;
        return gradient;
    }

    public boolean isWeight() {
        return weight;
    }

    /** Sets the gradient to zero (lazily: see {@link #gradient()}). */
    public void zeroGradient() {
        zeroPending = true;
    }

    /** True when no value is NaN or infinite (divergence check). */
    public boolean isFinite() {
        double[] v = value.data;
        for (int i = 0, n = value.getNumElements(); i < n; i++) {
            if (!Double.isFinite(v[i])) {
                return false;
            }
        }
        return true;
    }
}
