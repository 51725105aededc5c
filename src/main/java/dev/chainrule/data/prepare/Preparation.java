package dev.chainrule.data.prepare;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.data.RawColumn;
import dev.chainrule.data.RawTable;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * RawTable + DataOptions → PreparedData, in this order: resolve target, features and task; drop
 * rows (missing target always, missing features under DROP_ROWS); split with the seed; fit fills,
 * categories and scaling on the training rows; encode. A pure function: the same table and
 * options give bit-identical arrays.
 */
public final class Preparation {

    private Preparation() {
    }

    public static PreparedData prepare(RawTable table, DataOptions options) {
        List<String> notes = new ArrayList<>();
        String targetName = options.target() != null ? options.target() : table.columnNames().get(table.columns().size() - 1);
        RawColumn target = table.column(targetName);
        Map<String, ColumnType> types = types(table, options);
        List<RawColumn> features = features(table, options, targetName, types);
        Task task = options.task() != null ? options.task() : DatasetProfile.inferTask(target);
        List<InputFeature> computed = options.inputFeatures();
        if (!computed.isEmpty()) {
            ComputedInputs.requireTwoNumeric(features, types, computed);
        }

        // Rows: a missing target is never made up; missing features are dropped or filled.
        int[] rows = keptRows(table, target, features, options.missingValues());
        int dropped = table.rows() - rows.length;
        int missingTargets = (int) IntStream.range(0, table.rows()).filter(target::isMissing).count(); // told apart for the person
        if (rows.length == 0) {
            throw new DataFormatException("No rows are left after dropping the " + dropped + " rows with a missing value. "
                    + "Choose to fill in missing values (impute), or leave out the columns with many gaps.");
        }
        if (dropped > 0) {
            notes.add("Dropped " + dropped + " of " + table.rows() + " rows with a missing "
                    + (options.missingValues() == MissingValueRule.DROP_ROWS ? "value in a used column." : "target."));
        }

        int[][] split = split(rows, options.validationFraction(), options.splitSeed());
        int[] trainRows = split[0];
        int[] validationRows = split[1];
        if (validationRows.length > 0) {
            notes.add("Split " + trainRows.length + " training and " + validationRows.length + " validation rows (seed "
                    + options.splitSeed() + ").");
        }

        TargetEncoder y = TargetEncoder.fit(target, task, rows, table.limits());
        FeatureEncoder x = FeatureEncoder.fit(features, types, rows, trainRows, table.limits());
        x.imputed().forEach((column, n) -> notes.add("Filled " + n + " missing values of '" + column + "' with the "
                + (types.get(column) == ColumnType.NUMERIC ? "training mean." : "most frequent training value.")));
        if (!y.labels().isEmpty()) {
            notes.add("Classes: " + classList(y.labels()) + ".");
        }

        // computed inputs (x1², sin x1, …) come from the raw values and are then scaled like any column
        double[][] xTrain = ComputedInputs.append(x.encode(trainRows), computed);
        double[][] xValidation = ComputedInputs.append(x.encode(validationRows), computed);
        List<String> names = ComputedInputs.names(x.names(), computed);
        if (!computed.isEmpty()) {
            notes.add("Added " + computed.size() + (computed.size() == 1 ? " input" : " inputs") + " computed from "
                    + names.get(0) + " and " + names.get(1) + ": " + String.join(", ", names.subList(2, names.size())) + ".");
        }
        int units = names.size();
        double[] means = new double[units];
        double[] scales = new double[units];
        Arrays.fill(scales, 1.0);
        if (options.standardize()) {
            double[][] fitted = Standardizer.fit(xTrain, ComputedInputs.numeric(x.numericUnits(), computed.size()), names);
            means = fitted[0];
            scales = fitted[1];
            Standardizer.apply(xTrain, means, scales, names);
            Standardizer.apply(xValidation, means, scales, names);
            notes.add("Standardised the numeric features with the mean and standard deviation of the training rows only.");
        }
        TrainingData train = trainingData(xTrain, targets(y, trainRows), computed, means, scales);
        TrainingData validation = validationRows.length == 0 ? null
                : trainingData(xValidation, targets(y, validationRows), computed, means, scales);
        return new PreparedData(train, validation, targetName, task, names, y.labels(), means, scales,
                trainRows, validationRows, dropped, missingTargets, x.imputed(), notes);
    }

    /** Inferred types with the user's overrides; a text column cannot be made numeric. */
    private static Map<String, ColumnType> types(RawTable table, DataOptions options) {
        Map<String, ColumnType> types = new HashMap<>();
        for (RawColumn c : table.columns()) {
            types.put(c.name(), DatasetProfile.profile(c, table.limits()).type());
        }
        options.columnTypes().forEach((name, type) -> {
            RawColumn c = table.column(name);
            if (type == ColumnType.NUMERIC && !c.isNumeric()) {
                throw new DataFormatException("Column '" + name + "' holds text (e.g. " + DataFormatException.quote(c.levels().get(0))
                        + "), so it cannot be numeric. Mark it categorical or ignored.");
            }
            types.put(name, type);
        });
        return types;
    }

    private static List<RawColumn> features(RawTable table, DataOptions options, String target, Map<String, ColumnType> types) {
        List<RawColumn> features = new ArrayList<>();
        if (options.features() == null) {
            table.columns().stream().filter(c -> !c.name().equals(target) && types.get(c.name()) != ColumnType.IGNORED)
                    .forEach(features::add);
        } else {
            for (String name : options.features()) {
                RawColumn c = table.column(name);
                if (name.equals(target)) {
                    throw new DataFormatException("Column '" + name + "' is the target, so it cannot also be a feature.");
                }
                if (types.get(name) == ColumnType.IGNORED) {
                    throw new DataFormatException("Column '" + name + "' is marked ignored but listed as a feature. "
                            + "Give it a type (numeric or categorical), or leave it out of the features.");
                }
                features.add(c);
            }
        }
        if (features.isEmpty()) {
            throw new DataFormatException("There is no feature column: every column but the target '" + target
                    + "' is ignored. Mark at least one column numeric or categorical.");
        }
        return features;
    }

    private static int[] keptRows(RawTable table, RawColumn target, List<RawColumn> features, MissingValueRule rule) {
        int[] kept = new int[table.rows()];
        int n = 0;
        for (int r = 0; r < table.rows(); r++) {
            final int row = r;
            boolean missing = target.isMissing(r)
                    || rule == MissingValueRule.DROP_ROWS && features.stream().anyMatch(c -> c.isMissing(row));
            if (!missing) {
                kept[n++] = r;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /** Seeded Fisher–Yates shuffle; the first round(n·fraction) rows validate. Each part keeps the file's row order. */
    static int[][] split(int[] rows, double fraction, long seed) {
        int nValidation = (int) Math.round(rows.length * fraction);
        if (fraction > 0 && nValidation == 0) {
            nValidation = 1;
        }
        if (nValidation >= rows.length) {
            throw new DataFormatException("A validation fraction of " + String.format(Locale.ROOT, "%.2f", fraction) + " leaves no "
                    + "training rows out of " + rows.length + ". Choose a smaller fraction, or 0 for no validation.");
        }
        int[] shuffled = rows.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        int[] validation = Arrays.copyOfRange(shuffled, 0, nValidation);
        int[] train = Arrays.copyOfRange(shuffled, nValidation, shuffled.length);
        Arrays.sort(validation);
        Arrays.sort(train);
        return new int[][] {train, validation};
    }

    // with computed inputs, a point of the boundary's plane needs them computed too; else the rows are as encoded
    private static TrainingData trainingData(double[][] x, double[][] y, List<InputFeature> computed, double[] means,
            double[] scales) {
        return computed.isEmpty() ? new TrainingData(x, y) : new TrainingData(x, y, ComputedInputs.plane(computed, means, scales));
    }

    private static double[][] targets(TargetEncoder y, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y.encode(rows[i]);
        }
        return out;
    }

    private static String classList(List<String> labels) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < labels.size() && k < 12; k++) {
            parts.add(k + " = " + labels.get(k));
        }
        return String.join(", ", parts) + (labels.size() > 12 ? ", …" : "");
    }
}
