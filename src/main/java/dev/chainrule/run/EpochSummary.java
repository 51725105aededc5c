package dev.chainrule.run;

import java.util.List;

/**
 * What a run's stored epochs come to, without the epochs: the last one ("final") and the best validation loss
 * and accuracy with the first epoch that reached each. An outcome table needs only this, so a comparison of
 * long runs reads it in SQL ({@link RunService#summary}) instead of every epoch. Absent numbers are null: "final"
 * is absent when the last epoch has none (a diverged run's last loss is not a number), "best" when no epoch has one.
 *
 * @param epochs    the last stored epoch; 0 when there is none
 * @param elapsedMs the time since the start at that epoch
 */
public record EpochSummary(int epochs, long elapsedMs, Double finalValidationLoss, Double finalValidationAccuracy,
        Double bestValidationLoss, Integer bestValidationLossEpoch, Double bestValidationAccuracy,
        Integer bestValidationAccuracyEpoch) {
    /** A run with no epoch yet. */
    public static final EpochSummary EMPTY = new EpochSummary(0, 0, null, null, null, null, null, null);

    /** Of a history in epoch order. */
    public static EpochSummary of(List<EpochRecord> history) {
        return EMPTY.plus(history);
    }

    /**
     * This summary advanced by epochs that come after it (a live run's new ones), in order. A later epoch only as
     * good as the best so far does not replace it: the first epoch to reach the best is the one named.
     */
    public EpochSummary plus(List<EpochRecord> later) {
        if (later.isEmpty()) {
            return this;
        }
        Double bestLoss = bestValidationLoss;
        Integer bestLossEpoch = bestValidationLossEpoch;
        Double bestAccuracy = bestValidationAccuracy;
        Integer bestAccuracyEpoch = bestValidationAccuracyEpoch;
        for (EpochRecord r : later) {
            if (r.validationLoss() != null && (bestLoss == null || r.validationLoss() < bestLoss)) {
                bestLoss = r.validationLoss();
                bestLossEpoch = r.epoch();
            }
            if (r.validationAccuracy() != null && (bestAccuracy == null || r.validationAccuracy() > bestAccuracy)) {
                bestAccuracy = r.validationAccuracy();
                bestAccuracyEpoch = r.epoch();
            }
        }
        EpochRecord last = later.get(later.size() - 1);
        return new EpochSummary(last.epoch(), last.elapsedMs(), last.validationLoss(), last.validationAccuracy(),
                bestLoss, bestLossEpoch, bestAccuracy, bestAccuracyEpoch);
    }
}
