package dev.chainrule.engine;

/**
 * One weight or bias checked: its analytic gradient (from backpropagation) beside the central
 * difference, and the relative error between them.
 *
 * @param layer         the dense layer, from 1 (dropout layers are not counted)
 * @param bias          true for an element of b, false for one of W
 * @param row           the input the weight comes from, from 0 (0 for a bias)
 * @param column        the unit it leads to, from 0
 * @param relativeError |analytic − numeric| / max(|analytic|, |numeric|); 0 when both are 0; NaN
 *                      when either is not a number
 */
public record WeightCheck(int layer, boolean bias, int row, int column, double analytic, double numeric,
        double relativeError, Verdict verdict) {

    /** How a weight came out of the check. */
    public enum Verdict {
        /** The two agree within the tolerance. */
        PASS,
        /** They disagree: backpropagation computes something else than the loss's slope. */
        FAIL,
        /**
         * They disagree, but w ± h moved some value across a kink (ReLU at 0, |w| at 0), where the
         * slope jumps: the central difference averages the two slopes, so the disagreement says
         * nothing about backpropagation.
         */
        KINK
    }

    /**
     * The name the seed page gives the weight's field, counting from 1: {@code W1[1,2]} (from input 1 to
     * unit 2 of layer 1), {@code b2[1]}.
     */
    public String label() {
        return bias ? "b" + layer + "[" + (column + 1) + "]" : "W" + layer + "[" + (row + 1) + "," + (column + 1) + "]";
    }
}
