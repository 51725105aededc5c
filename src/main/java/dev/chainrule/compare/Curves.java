package dev.chainrule.compare;

import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.CurveThinning;
import java.util.List;

/**
 * A run's curves as the comparison draws them: thinned as the run's own page thins them
 * ({@link CurveThinning}: about a thousand points whatever its length), so a long run costs the browser
 * no more than a short one, and a live epoch is appended exactly when the stored curve would hold it.
 */
public final class Curves {
    private Curves() {
    }

    /**
     * The run's stored epochs that its curves keep, as x and y, and always its last stored epoch: a run stopped
     * early (or still training) ends its curve where it is, not at the last thinned epoch before.
     *
     * @param layer 0-based, read only for {@link Metric#GRADIENT_NORM}
     */
    public static Curve of(ComparedRun run, Metric metric, int layer, XAxis x) {
        CurveThinning thinning = thinning(run);
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
        return thinning(run).keeps(epoch);
    }

    private static CurveThinning thinning(ComparedRun run) {
        return CurveThinning.of(run.spec().training().epochs());
    }
}
