package dev.chainrule.experiment;

import dev.chainrule.engine.Task;
import dev.chainrule.engine.TrainingData;
import java.util.Arrays;
import java.util.List;

/**
 * The data part of an experiment: which columns are features, which is the target, and the
 * rows themselves when the data travels inside the experiment (the seed's single example).
 * Each row holds the feature values in order, then the target value.
 */
public record DataSpec(List<String> features, String target, Task task, double[][] rows) {

    public DataSpec {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("data: at least one feature column is needed");
        }
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("data: at least one row is needed");
        }
        rows = Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != features.size() + 1) {
                throw new IllegalArgumentException("data: row " + (i + 1) + " must have "
                        + (features.size() + 1) + " values (features, then target), had " + rows[i].length);
            }
        }
    }

    @Override
    public double[][] rows() {
        return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }

    /** Splits the rows into the engine's inputs and targets. */
    public TrainingData toTrainingData() {
        int n = features.size();
        double[][] x = new double[rows.length][];
        double[][] y = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = Arrays.copyOf(rows[i], n);
            y[i] = new double[] {rows[i][n]};
        }
        return new TrainingData(x, y);
    }
}
