package dev.chainrule.run;

import java.util.List;

/**
 * A run's history as CSV, for a spreadsheet or a plotting script: one row per epoch,
 * {@code epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,seconds,gradient_norm_1,…,gradient_norm_k}
 * (k the most norms any epoch has; docs/FORMATS.md in the project). An absent value (no validation set,
 * regression's accuracy, a diverged run's non-finite number) is an empty cell; {@code seconds} is the
 * epoch's own wall time, as in the result format. Numbers are written as {@link Double#toString} writes
 * them: no locale, and they read back to the same double.
 *
 * <p>CSV injection (a cell a spreadsheet runs as a formula) needs text from a user; here the header is
 * fixed and every cell is a number or empty, so nothing needs quoting or escaping.
 */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    public static String write(List<EpochRecord> history) {
        int norms = history.stream().mapToInt(r -> r.gradientNorms().length).max().orElse(0);
        StringBuilder csv = new StringBuilder("epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,seconds");
        for (int k = 1; k <= norms; k++) {
            csv.append(",gradient_norm_").append(k);
        }
        csv.append('\n');
        double[] seconds = EpochRecord.epochSeconds(history);
        for (int i = 0; i < seconds.length; i++) {
            EpochRecord r = history.get(i);
            csv.append(r.epoch());
            cell(csv, r.trainLoss());
            cell(csv, r.validationLoss());
            cell(csv, r.trainAccuracy());
            cell(csv, r.validationAccuracy());
            cell(csv, seconds[i]);
            double[] epochNorms = r.gradientNorms();
            for (int k = 0; k < norms; k++) {
                cell(csv, k < epochNorms.length ? epochNorms[k] : null);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void cell(StringBuilder csv, Double value) {
        csv.append(',');
        if (value != null && Double.isFinite(value)) {
            csv.append(value.doubleValue());
        }
    }
}
