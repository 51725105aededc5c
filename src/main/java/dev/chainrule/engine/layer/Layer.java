package dev.chainrule.engine.layer;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * One stage of a network working on a batch (rows = examples).
 *
 * <p>Lifecycle per batch: {@link #forward} (caches what backward needs), then, in training,
 * {@link #backward} with dL/d(output), which ADDS into each parameter's gradient (so the
 * caller zeroes gradients first) and returns dL/d(input).
 *
 * <p>Returned matrices are work matrices owned by the layer: valid until its next call,
 * never to be modified by the caller. Work matrices are reshaped to the batch's row count;
 * EJML's reshape keeps the backing array when it is large enough, so after the first batch
 * of the largest size nothing is allocated per step.
 */
public interface Layer {

    /**
     * @param input    rows × inputs, not modified; must stay unchanged until backward
     * @param training true while training (dropout active), false for evaluation
     * @return rows × outputs
     */
    DMatrixRMaj forward(DMatrixRMaj input, boolean training);

    /**
     * @param gradOutput dL/d(output), rows × outputs, not modified
     * @return dL/d(input), rows × inputs, or null when the layer was built not to propagate
     */
    DMatrixRMaj backward(DMatrixRMaj gradOutput);

    /** Trainable parameters, in a fixed order (empty for parameter-free layers). */
    List<Parameter> parameters();
}
