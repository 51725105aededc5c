package dev.chainrule.training;

import dev.chainrule.engine.spec.DenseWeights;
import java.util.List;

/**
 * A picture of a run at one epoch, taken a few times a second: the weights as the network diagram
 * draws them (a bounded summary, {@link DiagramWeights}, never every weight of a big layer) and,
 * for data with two features, the decision boundary and what each drawn neuron computes over the
 * same plane ({@link NeuronPictures}; both null otherwise).
 */
public record RunSnapshot(int epoch, DiagramWeights weights, BoundaryGrid boundary, NeuronPictures neurons) {

    /** A picture of these weights, summarised for the diagram, without neuron pictures. */
    public RunSnapshot(int epoch, List<DenseWeights> weights, BoundaryGrid boundary) {
        this(epoch, DiagramWeights.of(weights), boundary, null);
    }

    /** About what this picture holds on the heap (for caches bounded by bytes): 8 bytes a number. */
    public long estimatedBytes() {
        long bytes = 128;
        for (DiagramWeights.Layer layer : weights.layers()) {
            bytes += 64 + 16L * layer.W().length;
            for (double[] row : layer.W()) {
                bytes += 8L * row.length;
            }
        }
        if (boundary != null) {
            bytes += 64 + 8L * boundary.values().length;
        }
        if (neurons != null) {
            bytes += neurons.estimatedBytes();
        }
        return bytes;
    }
}
