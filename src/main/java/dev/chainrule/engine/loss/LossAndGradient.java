package dev.chainrule.engine.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * The result of {@link Loss#lossAndGradient}: the batch's mean loss and the gradient of it
 * with respect to the predictions or to the logits.
 *
 * @param loss           mean over the batch's examples of each example's loss
 * @param gradient       rows × outputs, owned by the loss (work matrix), not to be modified
 * @param withRespectTo  which output the gradient is taken with respect to
 */
public record LossAndGradient(double loss, DMatrixRMaj gradient, GradientOf withRespectTo) {

    /** What {@link LossAndGradient#gradient()} differentiates with respect to. */
    public enum GradientOf {
        /** dL/da: backpropagate through the output activation as usual. */
        PREDICTION,
        /** dL/dz: the loss already went through the output activation (fused). */
        LOGITS
    }
}
