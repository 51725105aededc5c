package dev.chainrule.engine;

import java.util.Objects;

/**
 * Examples to train on: {@code x} is rows × features, {@code y} is rows × outputs (targets
 * already encoded, e.g. one-hot for classes). Copied in, so later changes by the caller do
 * not leak into a run; the accessors return copies too.
 */
public record TrainingData(double[][] x, double[][] y) {

    public TrainingData {
        Objects.requireNonNull(x, "x must not be null");
        Objects.requireNonNull(y, "y must not be null");
        if (x.length == 0) {
            throw new IllegalArgumentException("training data must have at least one row");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        }
        x = checkedCopy(x, "x");
        y = checkedCopy(y, "y");
    }

    @Override
    public double[][] x() {
        return copy(x);
    }

    @Override
    public double[][] y() {
        return copy(y);
    }

    public int rows() {
        return x.length;
    }

    public int features() {
        return x[0].length;
    }

    public int outputs() {
        return y[0].length;
    }

    /** Row i of x without copying, for the engine's batching; not modified by callers. */
    double[] xRow(int i) {
        return x[i];
    }

    /** Row i of y without copying, for the engine's batching; not modified by callers. */
    double[] yRow(int i) {
        return y[i];
    }

    private static double[][] checkedCopy(double[][] m, String name) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null || m[i].length == 0) {
                throw new IllegalArgumentException(name + " row " + i + " must have at least one value");
            }
            if (m[i].length != m[0].length) {
                throw new IllegalArgumentException(name + " must be rectangular: row 0 has " + m[0].length
                        + " values, row " + i + " has " + m[i].length);
            }
            for (int j = 0; j < m[i].length; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, was " + m[i][j]);
                }
            }
            copy[i] = m[i].clone();
        }
        return copy;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
