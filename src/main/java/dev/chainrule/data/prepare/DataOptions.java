package dev.chainrule.data.prepare;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.engine.spec.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code data} object of docs/FORMATS.md in the project, plus the column type overrides and the missing
 * value rule: everything needed to turn the same bytes into the same batches again.
 *
 * @param target             the target column; null = the last column
 * @param features           feature columns in order; null = every column but the target that is not IGNORED
 * @param task               null = inferred from the target ({@link DatasetProfile#inferTask})
 * @param standardize        scale numeric features to mean 0, standard deviation 1, fitted on the training rows
 * @param validationFraction share of rows held out for validation, in [0, 1); 0 = none
 * @param splitSeed          seed of the shuffle that picks the validation rows
 * @param columnTypes        overrides of the inferred column types, by column name
 */
public record DataOptions(String target, List<String> features, Task task, boolean standardize,
                          double validationFraction, long splitSeed, Map<String, ColumnType> columnTypes,
                          MissingValueRule missingValues) {

    public DataOptions {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be at least 0 and below 1, was " + validationFraction);
        }
        features = features == null ? null : List.copyOf(features);
        columnTypes = Map.copyOf(columnTypes == null ? Map.of() : columnTypes);
        Objects.requireNonNull(missingValues, "missingValues must not be null (DROP_ROWS or IMPUTE)");
    }

    /** Last column as target, all others as features, inferred task, no scaling, no validation, rows with gaps dropped. */
    public static DataOptions defaults() {
        return new DataOptions(null, null, null, false, 0.0, 1L, Map.of(), MissingValueRule.DROP_ROWS);
    }

    public DataOptions withTarget(String newTarget) {
        return new DataOptions(newTarget, features, task, standardize, validationFraction, splitSeed, columnTypes, missingValues);
    }

    public DataOptions withFeatures(List<String> newFeatures) {
        return new DataOptions(target, newFeatures, task, standardize, validationFraction, splitSeed, columnTypes, missingValues);
    }

    public DataOptions withTask(Task newTask) {
        return new DataOptions(target, features, newTask, standardize, validationFraction, splitSeed, columnTypes, missingValues);
    }

    public DataOptions withStandardize(boolean newStandardize) {
        return new DataOptions(target, features, task, newStandardize, validationFraction, splitSeed, columnTypes, missingValues);
    }

    public DataOptions withValidation(double fraction, long seed) {
        return new DataOptions(target, features, task, standardize, fraction, seed, columnTypes, missingValues);
    }

    public DataOptions withColumnType(String column, ColumnType type) {
        Map<String, ColumnType> types = new LinkedHashMap<>(columnTypes);
        types.put(column, type);
        return new DataOptions(target, features, task, standardize, validationFraction, splitSeed, types, missingValues);
    }

    public DataOptions withMissingValues(MissingValueRule rule) {
        return new DataOptions(target, features, task, standardize, validationFraction, splitSeed, columnTypes, rule);
    }
}
