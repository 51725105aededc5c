package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import java.util.BitSet;
import java.util.List;

/**
 * What a {@link GradientCheck} differentiates: a loss over fixed examples, as a function of the
 * weights and biases of some dense layers. The product checks a {@link Network} on a batch; a test
 * can hand in layers of its own (a deliberately broken one, to see the check fail).
 */
public interface CheckedLoss {

    /** The layers whose parameters are checked, in order: layer k's are named W{k} and b{k}. */
    List<Dense> denseLayers();

    /** How many examples the loss is the mean over. */
    int examples();

    /**
     * The loss at the current weights, from a forward pass only (no gradient is touched).
     *
     * @param branches receives one bit per kink the loss passes, set when the value is on the
     *                 kink's upper side (a ReLU's pre-activation above 0 for one example, a weight
     *                 above 0 under L1): when w + h and w − h leave different bits, the central
     *                 difference straddles a kink and measures neither slope
     */
    double loss(BitSet branches);

    /** Zeroes every gradient, then fills it by the forward and backward pass under test. */
    void backpropagate();
}
