package dev.chainrule.engine.trace;

import dev.chainrule.engine.spec.LossKind;

/**
 * The loss of one update's batch.
 *
 * @param kind       which loss
 * @param value      the batch's loss: the mean of its examples' losses
 * @param perExample each example's loss, from the same loss on that example alone
 * @param gradient   the loss's gradient for the batch (the 1/examples of the mean included), examples × outputs:
 *                   dL/dŷ, or dL/dz when {@code ofPreActivation}
 * @param ofPreActivation true when the loss differentiated through the output activation (sigmoid with binary
 *                   cross-entropy, softmax with cross-entropy)
 */
public record LossTrace(LossKind kind, double value, double[] perExample, double[][] gradient, boolean ofPreActivation) {
}
