package dev.chainrule.ui.step;

import java.util.List;

/**
 * One factor of a chain-rule product: its name ({@code ∂ŷ/∂z2}), what it is in words, and its value
 * for each example of the batch.
 */
record Factor(String symbol, String meaning, double[] values) {

    /** The product of the factors for example {@code r}, left to right, in the order backpropagation multiplies them. */
    static double product(List<Factor> factors, int r) {
        double p = 1.0;
        for (Factor f : factors) {
            p *= f.values()[r];
        }
        return p;
    }
}
