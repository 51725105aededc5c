package dev.chainrule.ui.datasets;

import dev.chainrule.data.RawColumn;
import dev.chainrule.data.RawTable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The rows a scatter plot shows: at most {@code max}, evenly spaced through the file so a
 * 200,000-row upload draws as fast as Iris; rows missing x or y are left out.
 *
 * @param group  the colour column as text per point, or null when {@code value} is used
 * @param value  the colour column as numbers per point (a continuous target), or null
 * @param total  rows in the table
 */
record ScatterSample(double[] x, double[] y, String[] group, double[] value, int total) {
    /** A numeric column with more distinct values than this is coloured on a scale, not by class. */
    static final int MAX_CLASSES = 10;

    static ScatterSample of(RawTable table, String xName, String yName, String colorName, int max) {
        RawColumn xs = table.column(xName);
        RawColumn ys = table.column(yName);
        RawColumn color = table.column(colorName);
        boolean continuous = color.isNumeric() && distinctAtLeast(color, MAX_CLASSES + 1);
        int n = Math.min(max, table.rows());
        double[] x = new double[n];
        double[] y = new double[n];
        String[] group = continuous ? null : new String[n];
        double[] value = continuous ? new double[n] : null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            int row = (int) ((long) i * table.rows() / n); // evenly spaced, first row included
            if (xs.isMissing(row) || ys.isMissing(row) || continuous && color.isMissing(row)) {
                continue;
            }
            x[k] = xs.number(row);
            y[k] = ys.number(row);
            if (continuous) {
                value[k] = color.number(row);
            } else {
                group[k] = color.text(row);
            }
            k++;
        }
        return new ScatterSample(Arrays.copyOf(x, k), Arrays.copyOf(y, k),
                group == null ? null : Arrays.copyOf(group, k), value == null ? null : Arrays.copyOf(value, k), table.rows());
    }

    int shown() {
        return x.length;
    }

    boolean continuous() {
        return value != null;
    }

    private static boolean distinctAtLeast(RawColumn c, int enough) {
        Set<Double> seen = new HashSet<>();
        for (int r = 0; r < c.size() && seen.size() < enough; r++) {
            if (!c.isMissing(r)) {
                seen.add(c.number(r));
            }
        }
        return seen.size() >= enough;
    }
}
