package dev.chainrule.training;

import java.util.Arrays;

/**
 * The network's output over a square grid of the two input features: {@code values[row * size + col]}
 * at x = xMin + col·(xMax − xMin)/(size − 1), y = yMin + row·(yMax − yMin)/(size − 1). For binary
 * tasks a value is the probability of class 1; for multi-class ones the most likely class index;
 * for regression the prediction.
 */
public record BoundaryGrid(double xMin, double xMax, double yMin, double yMax, int size, double[] values) {

    public BoundaryGrid {
        if (size < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points a side, was " + size);
        }
        if (values.length != size * size) {
            throw new IllegalArgumentException("a " + size + "×" + size + " grid needs " + size * size
                    + " values, had " + values.length);
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double x(int col) {
        return xMin + col * (xMax - xMin) / (size - 1);
    }

    public double y(int row) {
        return yMin + row * (yMax - yMin) / (size - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundaryGrid g && g.size == size && g.xMin == xMin && g.xMax == xMax && g.yMin == yMin
                && g.yMax == yMax && Arrays.equals(g.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(values);
    }
}
