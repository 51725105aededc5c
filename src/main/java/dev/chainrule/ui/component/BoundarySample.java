package dev.chainrule.ui.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which training points the decision boundary draws: at most {@code max} of them, picked
 * evenly along the data (every k-th point), so the same data always gives the same picture.
 * For classes, each class gets its share of the points and at least one, so a rare class still
 * shows. The range is that of all points, so the axes do not depend on the pick.
 *
 * @param indices the chosen rows, in their order in the data
 */
public record BoundarySample(int[] indices, double xMin, double xMax, double yMin, double yMax) {
    /** The most points a boundary chart is sent: beyond that the browser slows and the picture looks the same. */
    public static final int MAX_POINTS = 2_000;

    /**
     * @param xy     the points' two features
     * @param labels class indices, or null to pick evenly regardless of class (regression)
     */
    public static BoundarySample of(double[][] xy, int[] labels, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a sample needs room for at least one point, was " + max);
        }
        int[] picked = xy.length <= max ? all(xy.length) : labels == null ? strided(all(xy.length), max) : byClass(labels, max);
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : xy) {
            range[0] = Math.min(range[0], p[0]);
            range[1] = Math.max(range[1], p[0]);
            range[2] = Math.min(range[2], p[1]);
            range[3] = Math.max(range[3], p[1]);
        }
        return xy.length == 0 ? new BoundarySample(picked, 0, 0, 0, 0)
                : new BoundarySample(picked, range[0], range[1], range[2], range[3]);
    }

    // Each class gets max·(its share), at least one; shares are trimmed largest-first until they fit.
    private static int[] byClass(int[] labels, int max) {
        Map<Integer, List<Integer>> rowsOf = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            rowsOf.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        if (rowsOf.size() > max) {
            return strided(all(labels.length), max); // more classes than points: not every class can show
        }
        Map<Integer, Integer> quota = new TreeMap<>();
        rowsOf.forEach((label, rows) -> quota.put(label, Math.max(1, (int) ((long) rows.size() * max / labels.length))));
        while (quota.values().stream().mapToInt(Integer::intValue).sum() > max) {
            Map.Entry<Integer, Integer> largest = quota.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            largest.setValue(largest.getValue() - 1);
        }
        return rowsOf.entrySet().stream()
                .flatMapToInt(e -> Arrays.stream(strided(e.getValue().stream().mapToInt(Integer::intValue).toArray(),
                        quota.get(e.getKey()))))
                .sorted().toArray();
    }

    // n of the rows, evenly spread from the first
    private static int[] strided(int[] rows, int n) {
        if (rows.length <= n) {
            return rows;
        }
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) {
            picked[i] = rows[(int) ((long) i * rows.length / n)];
        }
        return picked;
    }

    private static int[] all(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    public int size() {
        return indices.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundarySample s && Arrays.equals(s.indices, indices) && s.xMin == xMin && s.xMax == xMax
                && s.yMin == yMin && s.yMax == yMax;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return "BoundarySample[" + indices.length + " points, x " + xMin + ".." + xMax + ", y " + yMin + ".." + yMax + "]";
    }
}
