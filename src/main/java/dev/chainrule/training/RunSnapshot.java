package dev.chainrule.training;

import dev.chainrule.engine.spec.DenseWeights;
import java.util.List;

/**
 * A picture of a run at one epoch, taken a few times a second: the weights (for the network
 * diagram) and, for data with two features, the decision boundary (null otherwise).
 */
public record RunSnapshot(int epoch, List<DenseWeights> weights, BoundaryGrid boundary) {

    public RunSnapshot {
        weights = List.copyOf(weights);
    }
}
