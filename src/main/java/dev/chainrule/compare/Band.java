package dev.chainrule.compare;

/**
 * A group's curve: at each point the mean of its runs' values and the lowest and highest of them. NaN in
 * {@code mean}, {@code min} and {@code max} where no run has a value.
 */
public record Band(double[] x, double[] mean, double[] min, double[] max) {
    public Band {
        if (mean.length != x.length || min.length != x.length || max.length != x.length) {
            throw new IllegalArgumentException("A band needs as many means, minima and maxima as x values (" + x.length + ")");
        }
    }

    public int size() {
        return x.length;
    }
}
