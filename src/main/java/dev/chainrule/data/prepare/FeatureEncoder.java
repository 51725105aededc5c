package dev.chainrule.data.prepare;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.Numbers;
import dev.chainrule.data.RawColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Feature columns → input units: a numeric column is one unit, a categorical one is one unit per
 * category (one-hot, categories sorted as the class labels are). Missing values are filled with
 * what was fitted on the training rows: the mean, or the most frequent category.
 */
final class FeatureEncoder {

    /** One feature column's units. {@code categories} is null for a numeric column. */
    private record Block(RawColumn column, List<String> categories, double[] numericCategories, int[] codeToIndex,
                         double fill, int offset) {

        int width() {
            return categories == null ? 1 : categories.size();
        }

        /** The unit index of a present value of a categorical column. */
        int category(int row) {
            return column.isNumeric() ? Arrays.binarySearch(numericCategories, column.number(row)) : codeToIndex[column.code(row)];
        }
    }

    private final List<Block> blocks;
    private final List<String> names;
    private final Map<String, Integer> imputed;

    private FeatureEncoder(List<Block> blocks, List<String> names, Map<String, Integer> imputed) {
        this.blocks = blocks;
        this.names = names;
        this.imputed = imputed;
    }

    /**
     * @param rows      every row that will be encoded (categories are collected from these)
     * @param trainRows the training rows (fills are fitted on these only)
     */
    static FeatureEncoder fit(List<RawColumn> columns, Map<String, ColumnType> types, int[] rows, int[] trainRows, ImportLimits limits) {
        List<Block> blocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> imputed = new LinkedHashMap<>();
        for (RawColumn c : columns) {
            int missing = (int) Arrays.stream(rows).filter(c::isMissing).count();
            if (missing > 0) {
                imputed.put(c.name(), missing);
            }
            Block block = types.get(c.name()) == ColumnType.NUMERIC
                    ? new Block(c, null, null, null, trainMean(c, trainRows), names.size())
                    : categorical(c, rows, trainRows, names.size(), limits);
            if (block.categories == null) {
                names.add(c.name());
            } else {
                block.categories.forEach(category -> names.add(c.name() + "=" + category));
            }
            if (names.size() > limits.maxColumns()) {
                throw new DataFormatException("After one-hot encoding there are more than " + limits.maxColumns()
                        + " input columns, the limit (reached at column '" + c.name() + "'). Mark some categorical columns as ignored.");
            }
            blocks.add(block);
        }
        return new FeatureEncoder(blocks, List.copyOf(names), imputed);
    }

    private static Block categorical(RawColumn c, int[] rows, int[] trainRows, int offset, ImportLimits limits) {
        List<String> categories;
        double[] numeric = null;
        int[] codeToIndex = null;
        if (c.isNumeric()) {
            numeric = Arrays.stream(rows).filter(r -> !c.isMissing(r)).mapToDouble(c::number).sorted().distinct().toArray();
            categories = Arrays.stream(numeric).mapToObj(Numbers::label).toList();
        } else {
            TreeSet<String> present = new TreeSet<>();
            Arrays.stream(rows).filter(r -> !c.isMissing(r)).forEach(r -> present.add(c.text(r)));
            categories = List.copyOf(present);
            List<String> sorted = categories;
            codeToIndex = c.levels().stream().mapToInt(level -> Math.max(-1, Collections.binarySearch(sorted, level))).toArray();
        }
        if (categories.size() > limits.maxCategoriesPerColumn()) {
            throw new DataFormatException("Column '" + c.name() + "' has " + categories.size() + " categories, over the limit of "
                    + limits.maxCategoriesPerColumn() + " per column. Mark it as ignored (or numeric, if it holds numbers).");
        }
        Block block = new Block(c, categories, numeric, codeToIndex, 0, offset);
        int[] counts = new int[categories.size()];
        Arrays.stream(trainRows).filter(r -> !c.isMissing(r)).forEach(r -> counts[block.category(r)]++);
        int mostFrequent = 0; // ties go to the first category in sorted order
        for (int k = 1; k < counts.length; k++) {
            mostFrequent = counts[k] > counts[mostFrequent] ? k : mostFrequent;
        }
        if (categories.isEmpty() || counts[mostFrequent] == 0) {
            throw noTrainingValues(c);
        }
        return new Block(c, categories, numeric, codeToIndex, mostFrequent, offset);
    }

    private static double trainMean(RawColumn c, int[] trainRows) {
        double mean = 0;
        int n = 0;
        for (int r : trainRows) {
            if (!c.isMissing(r)) {
                mean += (c.number(r) - mean) / ++n; // running mean: no overflow on large finite values
            }
        }
        if (n == 0) {
            throw noTrainingValues(c);
        }
        return Standardizer.finite(mean, c.name());
    }

    private static DataFormatException noTrainingValues(RawColumn c) {
        return new DataFormatException("Column '" + c.name() + "' has no values in the training rows, so its missing values cannot "
                + "be filled in. Mark it as ignored, or use a smaller validation fraction.");
    }

    List<String> names() {
        return names;
    }

    Map<String, Integer> imputed() {
        return imputed;
    }

    /** Which input units hold a numeric column (the ones standardisation scales). */
    boolean[] numericUnits() {
        boolean[] numeric = new boolean[names.size()];
        blocks.stream().filter(b -> b.categories == null).forEach(b -> numeric[b.offset] = true);
        return numeric;
    }

    double[][] encode(int[] rows) {
        double[][] x = new double[rows.length][names.size()];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            for (Block b : blocks) {
                boolean missing = b.column.isMissing(r);
                if (b.categories == null) {
                    x[i][b.offset] = missing ? b.fill : b.column.number(r);
                } else {
                    x[i][b.offset + (missing ? (int) b.fill : b.category(r))] = 1.0;
                }
            }
        }
        return x;
    }
}
