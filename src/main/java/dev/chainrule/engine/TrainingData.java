package dev.chainrule.engine;

import java.util.Objects;

/**
 * Examples to train on: {@code x} is rows × features, {@code y} is rows × outputs (targets
 * already encoded, e.g. one-hot for classes). Copied in, so later changes by the caller do
 * not leak into a run; the accessors return copies too.
 *
 * @param plane how a point of the plane of the first two inputs becomes a row of inputs, for the
 *              decision boundary; null when the data has no such plane (one input, or more inputs
 *              than two that are not computed from the first two)
 */
public record TrainingData(double[][] x, double[][] y, InputPlane plane) {

    /** Inputs as given: two of them make the plane ({@link InputPlane#TWO_INPUTS}), any other number none. */
    public TrainingData(double[][] x, double[][] y) {
        this(x, y, x != null && x.length > 0 && x[0] != null && x[0].length == 2 ? InputPlane.TWO_INPUTS : null);
    }

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
        if (plane != null) {
            requireFits(plane, x[0]);
        }
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

    // a plane that makes rows of another width would feed the boundary's network the wrong inputs
    private static void requireFits(InputPlane plane, double[] row) {
        if (row.length < 2) {
            throw new IllegalArgumentException("an input plane needs at least two inputs, the data has " + row.length);
        }
        int made = plane.inputs(row[0], row[1]).length;
        if (made != row.length) {
            throw new IllegalArgumentException("the input plane makes rows of " + made + " inputs but the data has "
                    + row.length);
        }
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
