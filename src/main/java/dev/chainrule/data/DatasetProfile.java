package dev.chainrule.data;

import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-column statistics and the importer's decisions, for the dataset screen; also the
 * default target (the last column) and the task inferred for it.
 */
public record DatasetProfile(String fileName, String delimiter, boolean header, boolean byteOrderMark, int rows,
                             List<ColumnProfile> columns, String defaultTarget, Task inferredTask) {

    public DatasetProfile {
        columns = List.copyOf(columns);
    }

    public static DatasetProfile of(RawTable table) {
        List<ColumnProfile> columns = new ArrayList<>();
        for (RawColumn c : table.columns()) {
            columns.add(profile(c, table.limits()));
        }
        RawColumn last = table.columns().get(table.columns().size() - 1);
        return new DatasetProfile(table.fileName(), table.delimiterName(), table.header(), table.byteOrderMark(),
                table.rows(), columns, last.name(), inferTask(last));
    }

    /**
     * Regression for a continuous numeric target; binary for two distinct values; multiclass for
     * text, or for 3 to 10 distinct whole numbers (class codes such as the digits 0–9).
     */
    public static Task inferTask(RawColumn target) {
        if (!target.isNumeric()) {
            return target.levels().size() == 2 ? Task.BINARY : Task.MULTICLASS;
        }
        double[] values = sortedPresent(target);
        int distinct = countDistinct(values);
        if (distinct == 2) {
            return Task.BINARY;
        }
        boolean wholeNumbers = Arrays.stream(values).allMatch(v -> v == Math.rint(v));
        return wholeNumbers && distinct >= 3 && distinct <= 10 ? Task.MULTICLASS : Task.REGRESSION;
    }

    /** The longest sample value kept in a profile, in characters. */
    static final int MAX_SAMPLE = 200;

    public static ColumnProfile profile(RawColumn c, ImportLimits limits) {
        Set<String> samples = new LinkedHashSet<>();
        for (int r = 0; r < c.size() && samples.size() < 5; r++) {
            if (!c.isMissing(r)) {
                samples.add(sample(c.text(r)));
            }
        }
        if (c.isNumeric()) {
            double[] v = sortedPresent(c);
            double mean = 0;
            for (int i = 0; i < v.length; i++) {
                mean += (v[i] - mean) / (i + 1); // a running mean cannot overflow on large finite values
            }
            return new ColumnProfile(c.name(), ColumnType.NUMERIC, true, c.missingCount(), countDistinct(v),
                    v[0], v[v.length - 1], mean, List.copyOf(samples), null);
        }
        int distinct = c.levels().size();
        if (distinct > limits.maxCategoriesPerColumn()) {
            return new ColumnProfile(c.name(), ColumnType.IGNORED, false, c.missingCount(), distinct, null, null, null,
                    List.copyOf(samples), "text with " + distinct + " distinct values, more than the "
                    + limits.maxCategoriesPerColumn() + " categories a column may have (an identifier or free text?)");
        }
        return new ColumnProfile(c.name(), ColumnType.CATEGORICAL, false, c.missingCount(), distinct, null, null, null,
                List.copyOf(samples), null);
    }

    /**
     * A value as a sample in the profile: cut to {@value #MAX_SAMPLE} characters and marked, so that
     * one huge cell cannot make the stored profile too large for its column.
     */
    static String sample(String value) {
        if (value.length() <= MAX_SAMPLE) {
            return value;
        }
        int cut = Character.isLowSurrogate(value.charAt(MAX_SAMPLE)) ? MAX_SAMPLE - 1 : MAX_SAMPLE;
        return value.substring(0, cut) + "…";
    }

    /** Present values of a numeric column in ascending order (a copy; no boxing, so cheap on 200,000 rows). */
    static double[] sortedPresent(RawColumn c) {
        double[] v = new double[c.size() - c.missingCount()];
        int k = 0;
        for (int r = 0; r < c.size(); r++) {
            if (!c.isMissing(r)) {
                v[k++] = c.number(r);
            }
        }
        Arrays.sort(v);
        return v;
    }

    static int countDistinct(double[] sorted) {
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }
}
