package dev.chainrule.run;

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
}
