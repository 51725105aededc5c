package dev.chainrule.data.prepare;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.Numbers;
import dev.chainrule.data.RawColumn;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns the target column into the engine's y rows: the value itself for regression, the class
 * index (0 or 1) for binary, one-hot for multiclass. Classes are the distinct target values in
 * sorted order (numeric order for numbers, lexicographic for text), so index k is output unit k
 * (docs/FORMATS.md in the project).
 */
final class TargetEncoder {

    private final RawColumn column;
    private final Task task;
    private final double[] numericClasses;
    private final int[] codeToClass;
    private final List<String> labels;

    private TargetEncoder(RawColumn column, Task task, double[] numericClasses, int[] codeToClass, List<String> labels) {
        this.column = column;
        this.task = task;
        this.numericClasses = numericClasses;
        this.codeToClass = codeToClass;
        this.labels = labels;
    }

    /** @param rows the rows that will be used (target present) */
    static TargetEncoder fit(RawColumn column, Task task, int[] rows, ImportLimits limits) {
        if (task == Task.REGRESSION) {
            if (!column.isNumeric()) {
                throw new DataFormatException("The target '" + column.name() + "' holds text (e.g. " + DataFormatException.quote(column.text(rows[0]))
                        + "), so the task cannot be regression. Choose binary or multiclass.");
            }
            return new TargetEncoder(column, task, null, null, List.of());
        }
        double[] numericClasses = null;
        int[] codeToClass = null;
        List<String> labels = new ArrayList<>();
        if (column.isNumeric()) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = column.number(rows[i]);
            }
            Arrays.sort(values);
            numericClasses = Arrays.stream(values).distinct().toArray();
            Arrays.stream(numericClasses).forEach(v -> labels.add(Numbers.label(v)));
        } else {
            TreeSet<String> present = new TreeSet<>();
            for (int r : rows) {
                present.add(column.text(r));
            }
            labels.addAll(present);
            codeToClass = new int[column.levels().size()];
            for (int code = 0; code < codeToClass.length; code++) {
                // Labels are sorted, so a binary search finds each; a value seen only in dropped rows maps to -1.
                codeToClass[code] = Math.max(-1, Collections.binarySearch(labels, column.levels().get(code)));
            }
        }
        check(column.name(), task, labels, limits);
        return new TargetEncoder(column, task, numericClasses, codeToClass, List.copyOf(labels));
    }

    private static void check(String name, Task task, List<String> labels, ImportLimits limits) {
        if (labels.size() == 1) {
            throw new DataFormatException("The target '" + name + "' has a single class (" + DataFormatException.quote(labels.get(0))
                    + "): there is nothing to tell apart. Choose another target column, or add rows of other classes.");
        }
        if (task == Task.BINARY && labels.size() != 2) {
            throw new DataFormatException("The target '" + name + "' has " + labels.size()
                    + " classes, so the task cannot be binary. Choose multiclass (or regression for a numeric target).");
        }
        if (labels.size() > limits.maxCategoriesPerColumn()) {
            throw new DataFormatException("The target '" + name + "' has " + labels.size() + " classes, over the limit of "
                    + limits.maxCategoriesPerColumn() + " categories per column. Choose regression for a numeric target, or another target.");
        }
    }

    List<String> labels() {
        return labels;
    }

    int outputs() {
        return task == Task.MULTICLASS ? labels.size() : 1;
    }

    double[] encode(int row) {
        if (task == Task.REGRESSION) {
            return new double[] {column.number(row)};
        }
        int k = column.isNumeric() ? Arrays.binarySearch(numericClasses, column.number(row)) : codeToClass[column.code(row)];
        if (task == Task.BINARY) {
            return new double[] {k};
        }
        double[] oneHot = new double[labels.size()];
        oneHot[k] = 1.0;
        return oneHot;
    }
}
