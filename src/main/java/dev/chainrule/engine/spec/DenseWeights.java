package dev.chainrule.engine.spec;

import java.util.Arrays;
import java.util.Objects;

/**
 * The parameters of one dense layer, as the experiment format writes them: {@code W} is
 * inputs × units ({@code z = x·W + b}) and {@code b} has one entry per unit.
 *
 * <p>Arrays are copied in and out, so a value never changes after construction. Values
 * are not required to be finite: a diverged network still reports its weights.
 */
public record DenseWeights(double[][] W, double[] b) {

    public DenseWeights {
        Objects.requireNonNull(W, "W must not be null");
        Objects.requireNonNull(b, "b must not be null");
        if (W.length == 0) {
            throw new IllegalArgumentException("W must have at least one row");
        }
        int units = -1;
        for (int i = 0; i < W.length; i++) {
            if (W[i] == null || W[i].length == 0) {
                throw new IllegalArgumentException("W row " + i + " must have at least one value");
            }
            if (units >= 0 && W[i].length != units) {
                throw new IllegalArgumentException(
                        "W must be rectangular: row 0 has " + units + " values, row " + i + " has " + W[i].length);
            }
            units = W[i].length;
        }
        if (b.length != units) {
            throw new IllegalArgumentException("b must have " + units + " entries (one per unit), had " + b.length);
        }
        W = deepCopy(W);
        b = b.clone();
    }

    /** A copy of W (inputs × units). */
    @Override
    public double[][] W() {
        return deepCopy(W);
    }

    /** A copy of b (units). */
    @Override
    public double[] b() {
        return b.clone();
    }

    public int inputs() {
        return W.length;
    }

    public int units() {
        return b.length;
    }

    // Records compare arrays by reference; weights are compared by value.
    @Override
    public boolean equals(Object o) {
        return o instanceof DenseWeights other && Arrays.deepEquals(W, other.W) && Arrays.equals(b, other.b);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(W) + Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        return "DenseWeights[W=" + Arrays.deepToString(W) + ", b=" + Arrays.toString(b) + "]";
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
