package dev.chainrule.training;

import dev.chainrule.run.CurveRows;

/**
 * Which epochs of a run go on its curves: every {@code stride}-th from the first, so that a long
 * run sends about {@link #MAX_POINTS} points per curve and the browser stays quick, and always
 * the last planned epoch, so the curve ends where the run did.
 */
public record CurveThinning(int stride, int lastEpoch) {
    /** Points per curve that a run of any length is thinned to (about). */
    public static final int MAX_POINTS = CurveRows.POINTS;

    /** For a run of {@code totalEpochs} planned epochs. */
    public static CurveThinning of(int totalEpochs) {
        return of(totalEpochs, MAX_POINTS);
    }

    /** For a run of {@code totalEpochs} planned epochs drawn with about {@code maxPoints} points (at least 1). */
    public static CurveThinning of(int totalEpochs, int maxPoints) {
        return new CurveThinning(Math.max(1, (int) Math.ceil(totalEpochs / (double) Math.max(1, maxPoints))), totalEpochs);
    }

    /** True when epoch {@code epoch} (1-based) is drawn. */
    public boolean keeps(int epoch) {
        return (epoch - 1) % stride == 0 || epoch == lastEpoch;
    }
}
