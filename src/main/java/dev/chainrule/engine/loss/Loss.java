package dev.chainrule.engine.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * A training loss over a batch (rows = examples). The value of a batch is the mean of its
 * per-example losses; the gradient is of that mean.
 *
 * <p>Losses that pair with an output activation (sigmoid + BCE, softmax + cross-entropy)
 * differentiate through it in one stable step and return dL/d(logits); the others return
 * dL/d(prediction). {@link LossAndGradient#withRespectTo()} says which.
 */
public interface Loss {

    /**
     * @param logits     the output layer's pre-activations, rows × outputs, not modified
     * @param prediction the output layer's activations, rows × outputs, not modified
     * @param target     rows × outputs, not modified
     * @return the batch's mean loss and its gradient; the gradient matrix is owned by the
     *         loss and valid until its next call
     */
    default LossAndGradient lossAndGradient(DMatrixRMaj logits, DMatrixRMaj prediction, DMatrixRMaj target) {
        return new LossAndGradient(computeLossAndGradient(logits, prediction, target), gradient(), gradientOf());
    }

    /**
     * The same without a result object, for the training loop (nothing allocated per batch):
     * computes both, returns the batch's mean loss and writes the gradient into {@link #gradient()}.
     */
    double computeLossAndGradient(DMatrixRMaj logits, DMatrixRMaj prediction, DMatrixRMaj target);

    /** The gradient of the last {@link #computeLossAndGradient}: rows × outputs, owned by the loss, not to be modified. */
    DMatrixRMaj gradient();

    /** What {@link #gradient()} differentiates with respect to (fixed per loss). */
    LossAndGradient.GradientOf gradientOf();
}
