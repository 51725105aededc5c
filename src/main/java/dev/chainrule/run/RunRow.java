package dev.chainrule.run;

/**
 * One line of the Runs page: the run plus what the list shows about it that is
 * not a column of its own (the dataset lives in the spec JSON, the losses in the final metrics).
 *
 * @param datasetKey  as in the spec, e.g. "builtin:spirals"; "" when the run named none
 * @param datasetName the library's name for it, or a note that it is gone
 * @param metrics     null when the run ended before its first epoch
 */
public record RunRow(Run run, String datasetKey, String datasetName, FinalMetrics metrics) {

    public Double finalTrainLoss() {
        return metrics == null ? null : metrics.trainLoss();
    }

    public Double finalValidationLoss() {
        return metrics == null ? null : metrics.validationLoss();
    }
}
