package dev.chainrule.engine.trace;

import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;

/**
 * One update of a network, as the engine made it: which examples, every dense layer's numbers, the
 * loss, the optimizer and each parameter from its gradient to its new value. Arrays are the trace's
 * own and not to be modified.
 *
 * @param update     which update of the run, from 1 (batches counted across epochs)
 * @param epoch      the epoch it belongs to, from 1
 * @param batch      the batch within that epoch, from 0
 * @param rows       which training rows (from 0) the batch holds, in its order
 * @param x          the batch's inputs, examples × inputs
 * @param y          the batch's targets, examples × outputs
 * @param layers     one per dense layer, input side first
 * @param parameters in the network's order: dense1.W, dense1.b, dense2.W, …
 * @param config     the settings it was made with (loss, optimizer, L1, clipping, weight decay)
 */
public record UpdateTrace(int update, int epoch, int batch, int[] rows, double[][] x, double[][] y,
        List<LayerTrace> layers, LossTrace loss, OptimizerTrace optimizer, List<ParameterTrace> parameters,
        TrainingConfig config) {

    public UpdateTrace {
        layers = List.copyOf(layers);
        parameters = List.copyOf(parameters);
    }

    /** How many examples the update learned from. */
    public int examples() {
        return x.length;
    }

    /** The weight matrix (entry 0) or bias (entry 1) of dense layer {@code layer}, from 0. */
    public ParameterTrace parameter(int layer, boolean weight) {
        return parameters.get(2 * layer + (weight ? 0 : 1));
    }
}
