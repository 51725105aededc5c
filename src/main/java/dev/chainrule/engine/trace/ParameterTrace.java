package dev.chainrule.engine.trace;

/**
 * One parameter (a layer's W or b) in one update, row-major like the engine's matrices: from its value
 * before, through its gradient as backpropagation left it and as L1, clipping and weight decay changed
 * it (null when that one is off), and the optimizer's state, to its new value.
 *
 * @param name       the engine's name: dense1.W, dense1.b, …
 * @param layer      its dense layer, from 0
 * @param weight     true for W, false for b
 * @param rows       inputs for W, 1 for b
 * @param cols       the layer's units
 * @param velocity   SGD with momentum's velocity, else null
 * @param firstMoment  Adam's m, else null
 * @param secondMoment Adam's v, else null
 */
public record ParameterTrace(String name, int layer, boolean weight, int rows, int cols, double[] before,
        double[] backward, double[] afterL1, double[] afterClipping, double[] afterDecay, Change velocity,
        Change firstMoment, Change secondMoment, double[] after) {

    /** A state of the optimizer before and after the step. */
    public record Change(double[] before, double[] after) {
    }

    /** The gradient the optimizer used: backpropagation's, after L1, clipping and weight decay as they apply. */
    public double[] gradient() {
        return afterDecay != null ? afterDecay : afterClipping != null ? afterClipping : afterL1 != null ? afterL1 : backward;
    }

    /** Element {@code (row, col)}'s index in the arrays. */
    public int index(int row, int col) {
        return row * cols + col;
    }
}
