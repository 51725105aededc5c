package dev.chainrule.engine;

/**
 * Told by {@link TrainingRun} after each stage of a batch, so that a step-through reads the values the
 * training itself computed ({@link UpdateTracer}), not values of a second implementation. Ordinary
 * runs have none.
 */
interface BatchProbe {

    /** The stages of one batch, in the order {@link Trainer#fit} documents. */
    enum Stage {
        /** forward pass and loss done (only for a finite loss: otherwise the batch ends there) */
        FORWARD,
        /** gradients from backpropagation in every parameter */
        BACKWARD,
        /** L1's λ·sign(W) added (nothing when L1 is off) */
        L1,
        /** gradients clipped (not told when neither clipping nor weight decay is on) */
        CLIPPING,
        /** λ·W added (as CLIPPING: not told when neither is on) */
        WEIGHT_DECAY,
        /** the optimizer has changed the weights */
        STEP
    }

    /** @param batch the batch within its epoch, from 0 */
    void after(Stage stage, int batch);
}
