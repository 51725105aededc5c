package dev.chainrule.data.prepare;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.engine.spec.Task;
import java.util.EnumSet;
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
 * @param inputFeatures      extra inputs computed from the two numeric features (x1², sin x1, …), kept in
 *                           {@link InputFeature}'s order, which is the order they are appended in; empty = none
 */
public record DataOptions(String target, List<String> features, Task task, boolean standardize,
                          double validationFraction, long splitSeed, Map<String, ColumnType> columnTypes,
                          MissingValueRule missingValues, List<InputFeature> inputFeatures) {

    public DataOptions {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be at least 0 and below 1, was " + validationFraction);
        }
        features = features == null ? null : List.copyOf(features);
        columnTypes = Map.copyOf(columnTypes == null ? Map.of() : columnTypes);
        Objects.requireNonNull(missingValues, "missingValues must not be null (DROP_ROWS or IMPUTE)");
        inputFeatures = inOrder(inputFeatures);
    }

    /** No input features computed. */
    public DataOptions(String target, List<String> features, Task task, boolean standardize, double validationFraction,
            long splitSeed, Map<String, ColumnType> columnTypes, MissingValueRule missingValues) {
        this(target, features, task, standardize, validationFraction, splitSeed, columnTypes, missingValues, List.of());
    }

    /** Last column as target, all others as features, inferred task, no scaling, no validation, rows with gaps dropped. */
    public static DataOptions defaults() {
        return new DataOptions(null, null, null, false, 0.0, 1L, Map.of(), MissingValueRule.DROP_ROWS);
    }

    public DataOptions withTarget(String newTarget) {
        return new DataOptions(newTarget, features, task, standardize, validationFraction, splitSeed, columnTypes, missingValues, inputFeatures);
    }

    public DataOptions withFeatures(List<String> newFeatures) {
        return new DataOptions(target, newFeatures, task, standardize, validationFraction, splitSeed, columnTypes, missingValues, inputFeatures);
    }

    public DataOptions withTask(Task newTask) {
        return new DataOptions(target, features, newTask, standardize, validationFraction, splitSeed, columnTypes, missingValues, inputFeatures);
    }

    public DataOptions withStandardize(boolean newStandardize) {
        return new DataOptions(target, features, task, newStandardize, validationFraction, splitSeed, columnTypes, missingValues, inputFeatures);
    }

    public DataOptions withValidation(double fraction, long seed) {
        return new DataOptions(target, features, task, standardize, fraction, seed, columnTypes, missingValues, inputFeatures);
    }

    public DataOptions withColumnType(String column, ColumnType type) {
        Map<String, ColumnType> types = new LinkedHashMap<>(columnTypes);
        types.put(column, type);
        return new DataOptions(target, features, task, standardize, validationFraction, splitSeed, types, missingValues, inputFeatures);
    }

    public DataOptions withMissingValues(MissingValueRule rule) {
        return new DataOptions(target, features, task, standardize, validationFraction, splitSeed, columnTypes, rule, inputFeatures);
    }

    /** These input features, in any order; each at most once. */
    public DataOptions withInputFeatures(List<InputFeature> chosen) {
        return new DataOptions(target, features, task, standardize, validationFraction, splitSeed, columnTypes,
                missingValues, chosen);
    }

    // the order of the enum is the order of the appended columns, whatever order they were chosen in
    private static List<InputFeature> inOrder(List<InputFeature> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        EnumSet<InputFeature> set = EnumSet.noneOf(InputFeature.class);
        for (InputFeature f : chosen) {
            if (!set.add(Objects.requireNonNull(f, "an input feature must not be null"))) {
                throw new IllegalArgumentException("input feature " + f.id() + " is listed twice: list each at most once");
            }
        }
        return List.copyOf(set);
    }
}
