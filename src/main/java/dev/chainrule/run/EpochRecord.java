package dev.chainrule.run;

import java.util.List;

/**
 * One epoch of a run's history as it is stored and charted. Nullable numbers are absent
 * values (no validation set, regression task, or not finite).
 */
public record EpochRecord(
        int epoch,
        Double trainLoss,
        Double validationLoss,
        Double trainAccuracy,
        Double validationAccuracy,
        Double samplePrediction,
        double[] gradientNorms,
        long elapsedMs) {

    /**
     * Each epoch's own wall time in seconds, from the stored times since the start
     * ({@code elapsedMs}): what the result format and the history CSV call {@code seconds}.
     */
    public static double[] epochSeconds(List<EpochRecord> history) {
        double[] seconds = new double[history.size()];
        long previous = 0;
        for (int i = 0; i < seconds.length; i++) {
            long elapsed = history.get(i).elapsedMs();
            seconds[i] = Math.max(0, elapsed - previous) / 1000.0;
            previous = elapsed;
        }
        return seconds;
    }
}
