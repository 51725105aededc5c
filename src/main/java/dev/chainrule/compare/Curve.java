package dev.chainrule.compare;

/** Points of one run's curve: {@code x[i]} against {@code y[i]}; NaN in {@code y} is a gap. */
public record Curve(double[] x, double[] y) {
    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("A curve needs as many x as y values, has " + x.length + " and " + y.length);
        }
    }

    public int size() {
        return x.length;
    }
}
