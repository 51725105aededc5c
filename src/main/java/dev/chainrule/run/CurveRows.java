package dev.chainrule.run;

/**
 * Which epochs of a run are also stored as its curve (table {@code epoch_curve}): every {@link #stride}-th from the
 * first, about {@value #POINTS} of any run. A chart draws these (a run's own page) or every k-th of them (a
 * comparison of many runs), so it reads a few rows per run, not the run's whole history.
 */
public final class CurveRows {
    /** About how many epochs of a run of any length are kept as its curve. */
    public static final int POINTS = 1_000;

    private CurveRows() {
    }

    /** The stride for a run of {@code plannedEpochs} epochs (at least 1). */
    public static int stride(int plannedEpochs) {
        return Math.max(1, (int) Math.ceil(plannedEpochs / (double) POINTS));
    }

    /** Whether epoch {@code epoch} (1-based) is kept at this stride. */
    public static boolean keeps(int epoch, int stride) {
        return (epoch - 1) % stride == 0;
    }
}
