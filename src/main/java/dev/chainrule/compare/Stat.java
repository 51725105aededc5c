package dev.chainrule.compare;

import java.util.Collection;
import java.util.Objects;

/**
 * Mean and spread of one number over a group's runs.
 *
 * @param sd the sample standard deviation (divided by n − 1: a handful of seeds estimate the spread of all
 *           seeds); NaN for fewer than two runs
 * @param n  the runs that have the number; mean is NaN when none has
 */
public record Stat(double mean, double sd, int n) {

    /** Over the values present (nulls and NaN left out). */
    public static Stat of(Collection<Double> values) {
        double[] v = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .filter(Double::isFinite).toArray();
        int n = v.length;
        if (n == 0) {
            return new Stat(Double.NaN, Double.NaN, 0);
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        double squares = 0;
        for (double x : v) {
            squares += (x - mean) * (x - mean);
        }
        return new Stat(mean, n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1)), n);
    }
}
