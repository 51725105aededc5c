package dev.chainrule.engine;

/**
 * The one rule for "which output wins": the first index of the largest value, as numpy's and
 * PyTorch's argmax (with NaNs, the same index as a plain loop with {@code >}: the same
 * comparisons). Used for accuracy, the decision boundary's class and a class label's colour.
 */
public final class Argmax {
    private Argmax() {
    }

    public static int of(double[] values) {
        return of(values, 0, values.length);
    }

    /**
     * Over {@code values[offset .. offset + length)}, returning an index relative to {@code offset}.
     * The running maximum is kept in a local and both updates are selects, not a branch: on softmax
     * outputs "is this one larger" is a coin toss, and a mispredicted branch per value cost
     * ~30-70 ns a row against ~20-25 (2 classes, batches of 32 rows).
     */
    public static int of(double[] values, int offset, int length) {
        int best = 0;
        double bestValue = values[offset];
        for (int j = 1; j < length; j++) {
            double v = values[offset + j];
            boolean larger = v > bestValue;
            best = larger ? j : best;
            bestValue = larger ? v : bestValue;
        }
        return best;
    }
}
