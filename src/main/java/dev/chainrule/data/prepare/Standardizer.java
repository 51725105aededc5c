package dev.chainrule.data.prepare;

import dev.chainrule.data.DataFormatException;

/**
 * Scales numeric input units to mean 0 and standard deviation 1 with statistics of the training
 * rows only, so nothing about the validation rows leaks into training. The standard deviation is
 * the population one (divide by n), as scikit-learn's StandardScaler; a constant unit keeps scale 1.
 */
final class Standardizer {

    private Standardizer() {
    }

    /** Fits on {@code train} and returns {means, scales}; units not in {@code numeric} get 0 and 1. */
    static double[][] fit(double[][] train, boolean[] numeric, java.util.List<String> names) {
        int units = numeric.length;
        double[] means = new double[units];
        double[] scales = new double[units];
        for (int j = 0; j < units; j++) {
            scales[j] = 1.0;
            if (!numeric[j]) {
                continue;
            }
            // mean = Σx / n, as a running mean; variance = Σ(x − mean)² / n
            double mean = 0;
            for (int i = 0; i < train.length; i++) {
                mean += (train[i][j] - mean) / (i + 1);
            }
            double variance = 0;
            for (double[] row : train) {
                double d = row[j] - mean;
                variance += d * d / train.length;
            }
            double scale = finite(Math.sqrt(variance), names.get(j));
            means[j] = finite(mean, names.get(j));
            scales[j] = scale > 0 ? scale : 1.0;
        }
        return new double[][] {means, scales};
    }

    /** x' = (x − mean) / scale, in place. */
    static void apply(double[][] x, double[] means, double[] scales, java.util.List<String> names) {
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = finite((row[j] - means[j]) / scales[j], names.get(j));
            }
        }
    }

    static double finite(double v, String column) {
        if (!Double.isFinite(v)) {
            throw new DataFormatException("Column '" + column + "' has values too large to average (around ±1e308). "
                    + "Rescale the column (e.g. to other units) before uploading.");
        }
        return v;
    }
}
