package dev.chainrule.compare;

import dev.chainrule.run.CurveRows;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.CurveThinning;
import java.util.List;

/**
 * A run's curves as the comparison draws them: thinned as the run's own page thins them
 * ({@link CurveThinning}: about a thousand points whatever its length), so a long run costs the browser
 * no more than a short one, and a live epoch is appended exactly when the stored curve would hold it.
 */
public final class Curves {
    /** Points one chart of a comparison draws in all, about: fifty runs share them, a few runs get a thousand each. */
    public static final int POINTS_PER_CHART = 5_000;
    /** The fewest points a run's curve is thinned to however many runs share a chart. */
    public static final int FEWEST_PER_CURVE = 100;

    private Curves() {
    }

    /**
     * About how many points each run's curve gets when {@code runs} runs share a chart: {@link CurveThinning#MAX_POINTS}
     * for a few, fewer for many ({@value #POINTS_PER_CHART} in all, at least {@value #FEWEST_PER_CURVE} each): fifty
     * overlaid lines of a hundred points each still show every shape a chart some 900 pixels wide can, and the
     * browser draws them in a fraction of the time (ECharts' cost grows with the points: CompareBenchmark).
     */
    public static int pointsPerCurve(int runs) {
        return Math.max(FEWEST_PER_CURVE, Math.min(CurveThinning.MAX_POINTS, POINTS_PER_CHART / Math.max(1, runs)));
    }

    /**
     * The run's stored epochs that its curves keep, as x and y, and always its last stored epoch: a run stopped
     * early (or still training) ends its curve where it is, not at the last thinned epoch before.
     *
     * @param layer 0-based, read only for {@link Metric#GRADIENT_NORM}
     */
    public static Curve of(ComparedRun run, Metric metric, int layer, XAxis x) {
        return of(run, metric, layer, x, CurveThinning.MAX_POINTS);
    }

    /** Like {@link #of(ComparedRun, Metric, int, XAxis)}, thinned to about {@code maxPoints} points. */
    public static Curve of(ComparedRun run, Metric metric, int layer, XAxis x, int maxPoints) {
        CurveThinning thinning = thinning(run, maxPoints);
        List<EpochRecord> history = run.history();
        int last = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        List<EpochRecord> kept = history.stream().filter(r -> thinning.keeps(r.epoch()) || r.epoch() == last).toList();
        double[] xs = new double[kept.size()];
        double[] ys = new double[kept.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x.of(kept.get(i), run.trainingRows());
            ys[i] = metric.of(kept.get(i), layer);
        }
        return new Curve(xs, ys);
    }

    /** Whether the run's curves draw epoch {@code epoch} (1-based): the test for an epoch arriving live. */
    public static boolean keeps(ComparedRun run, int epoch) {
        return keeps(run, epoch, CurveThinning.MAX_POINTS);
    }

    /** Like {@link #keeps(ComparedRun, int)} for curves of about {@code maxPoints} points. */
    public static boolean keeps(ComparedRun run, int epoch, int maxPoints) {
        return thinning(run, maxPoints).keeps(epoch);
    }

    private static CurveThinning thinning(ComparedRun run, int maxPoints) {
        return thinning(run.spec().training().epochs(), maxPoints);
    }

    /**
     * How a run of {@code planned} epochs is thinned to at most about {@code maxPoints}: every {@code stride}-th epoch,
     * the stride a multiple of the run's stored curve's ({@link CurveRows#stride}), so its epochs are read from those
     * few rows. A 10,000-epoch run keeps every 10th epoch as its curve; among fifty runs it draws every 50th.
     */
    public static CurveThinning thinning(int planned, int maxPoints) {
        int stored = CurveRows.stride(planned);
        int wanted = CurveThinning.of(planned, maxPoints).stride();
        return new CurveThinning(stored * (int) Math.ceil(wanted / (double) stored), planned);
    }
}
