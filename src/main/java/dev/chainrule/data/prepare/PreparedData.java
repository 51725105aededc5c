package dev.chainrule.data.prepare;

import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Task;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Data ready for the engine, with everything needed to describe the preparation to the user and
 * to apply it again to new rows: x' = (x − means[j]) / scales[j] after one-hot encoding.
 *
 * @param validation     null when validationFraction is 0
 * @param featureNames   input unit names after one-hot, e.g. "color=red"
 * @param classLabels    index k → label of output unit k (sorted order); empty for regression
 * @param means          per input unit; 0 where not standardised
 * @param scales         per input unit; 1 where not standardised
 * @param trainRows      the table rows (0-based, header not counted) that became training rows, in order
 * @param droppedRows    rows dropped for a missing target or, under DROP_ROWS, a missing feature
 * @param missingTargets of those, the rows whose target was missing (the rest lacked a feature value)
 * @param imputedCells   per column, how many missing values were filled in (IMPUTE)
 * @param notes          one sentence per decision taken, for the user
 */
public record PreparedData(TrainingData train, TrainingData validation, String target, Task task,
                           List<String> featureNames, List<String> classLabels, double[] means, double[] scales,
                           int[] trainRows, int[] validationRows, int droppedRows, int missingTargets, Map<String, Integer> imputedCells,
                           List<String> notes) {

    public PreparedData {
        Objects.requireNonNull(train, "train must not be null");
        featureNames = List.copyOf(featureNames);
        classLabels = List.copyOf(classLabels);
        if (means.length != featureNames.size() || scales.length != featureNames.size()) {
            throw new IllegalArgumentException("means and scales need one entry per feature (" + featureNames.size() + ")");
        }
        means = means.clone();
        scales = scales.clone();
        trainRows = trainRows.clone();
        validationRows = validationRows.clone();
        imputedCells = Map.copyOf(imputedCells);
        notes = List.copyOf(notes);
    }

    /** The rows of the table before any was left out. */
    public int tableRows() {
        return trainRows.length + validationRows.length + droppedRows;
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }

    @Override
    public int[] trainRows() {
        return trainRows.clone();
    }

    @Override
    public int[] validationRows() {
        return validationRows.clone();
    }
}
