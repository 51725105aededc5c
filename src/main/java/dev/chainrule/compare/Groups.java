package dev.chainrule.compare;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.CurveThinning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs grouped by a setting they differ in (five seeds of Adam against five of SGD), to see whether a
 * difference outlasts the noise of the seed: a band per group, and mean ± sd of each outcome.
 */
public final class Groups {
    private Groups() {
    }

    /** The settings one can group by: those whose {@link SettingsDiff} rows differ, in that order. */
    public static List<String> settings(List<ComparedRun> runs) {
        return SettingsDiff.of(runs).stream().filter(DiffRow::differs).map(DiffRow::setting).toList();
    }

    /**
     * The runs by their value of {@code setting}, groups in the order their first run comes.
     *
     * @throws IllegalArgumentException when no run has such a setting
     */
    public static List<Group> by(String setting, List<ComparedRun> runs) {
        DiffRow row = SettingsDiff.of(runs).stream().filter(r -> r.setting().equals(setting)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("These runs have no setting "
                        + DataFormatException.quote(String.valueOf(setting)) + " to group by. Choose one of " + settings(runs) + "."));
        Map<String, List<ComparedRun>> groups = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            groups.computeIfAbsent(row.cells().get(i).text(), value -> new ArrayList<>()).add(runs.get(i));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /**
     * The group's curve: runs lined up by epoch, each point over the runs that have that epoch, x their mean
     * x; thinned like a run's curve ({@link CurveThinning}) for the longest planned run of the group, its last
     * epoch always kept.
     *
     * @param layer     0-based, read only for {@link Metric#GRADIENT_NORM}
     * @param maxPoints about how many points, as for the runs' curves ({@link Curves#pointsPerCurve}): the runs were
     *                  loaded thinned so, and the band keeps exactly those epochs
     */
    public static Band band(Group group, Metric metric, int layer, XAxis x, int maxPoints) {
        TreeMap<Integer, Point> points = new TreeMap<>();
        int planned = 1;
        for (ComparedRun run : group.runs()) {
            planned = Math.max(planned, run.spec().training().epochs());
            for (EpochRecord r : run.history()) {
                points.computeIfAbsent(r.epoch(), e -> new Point()).add(x.of(r, run.trainingRows()), metric.of(r, layer));
            }
        }
        CurveThinning thinning = Curves.thinning(planned, maxPoints);
        int last = points.isEmpty() ? 0 : points.lastKey();
        List<Point> kept = points.entrySet().stream().filter(e -> thinning.keeps(e.getKey()) || e.getKey() == last)
                .map(Map.Entry::getValue).toList();
        int n = kept.size();
        double[] xs = new double[n];
        double[] mean = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        for (int i = 0; i < n; i++) {
            Point p = kept.get(i);
            xs[i] = p.xCount == 0 ? Double.NaN : p.xSum / p.xCount;
            mean[i] = p.yCount == 0 ? Double.NaN : p.ySum / p.yCount;
            min[i] = p.yCount == 0 ? Double.NaN : p.yMin;
            max[i] = p.yCount == 0 ? Double.NaN : p.yMax;
        }
        return new Band(xs, mean, min, max);
    }

    /** Mean ± sd of each of the group's {@link Outcome#COLUMNS}, in that order, over the runs that have it. */
    public static Map<String, Stat> outcomeStats(Group group) {
        List<Map<String, Double>> numbers = group.runs().stream().map(r -> Outcome.of(r).numbers()).toList();
        Map<String, Stat> stats = new LinkedHashMap<>();
        for (String column : Outcome.COLUMNS) {
            stats.put(column, Stat.of(numbers.stream().map(m -> m.get(column)).toList()));
        }
        return stats;
    }

    /** One epoch's values over the runs of a group; a gap (NaN) is left out, not counted as 0. */
    private static final class Point {
        double xSum;
        int xCount;
        double ySum;
        int yCount;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;

        void add(double x, double y) {
            if (Double.isFinite(x)) {
                xSum += x;
                xCount++;
            }
            if (Double.isFinite(y)) {
                ySum += y;
                yCount++;
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
    }
}
