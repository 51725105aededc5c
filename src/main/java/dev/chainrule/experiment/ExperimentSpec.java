package dev.chainrule.experiment;

import dev.chainrule.engine.DenseWeights;
import dev.chainrule.engine.Init;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.NetworkSpec;
import dev.chainrule.engine.TrainingConfig;
import java.util.List;

/**
 * Everything needed to repeat a run exactly: data, network, training settings, initial
 * weights. It is what the experiment JSON ({@link ExperimentJson}) describes.
 */
public record ExperimentSpec(
        String title,
        DataSpec data,
        NetworkSpec network,
        TrainingConfig training,
        Init init,
        List<DenseWeights> weights) {

    public ExperimentSpec {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be empty");
        }
        if (title.length() > 200) {
            throw new IllegalArgumentException("title must be at most 200 characters, was " + title.length());
        }
        if (network.inputs() != data.features().size()) {
            throw new IllegalArgumentException("network has " + network.inputs() + " inputs but the data has "
                    + data.features().size() + " feature columns");
        }
        if (init == Init.EXPLICIT && (weights == null || weights.isEmpty())) {
            throw new IllegalArgumentException("weights are required when init is explicit");
        }
        weights = weights == null ? List.of() : List.copyOf(weights);
        // Building the network once validates the weight shapes with the engine's own messages.
        if (init == Init.EXPLICIT) {
            Network.create(network, weights);
        }
    }

    /** A fresh network with this spec's initial weights. */
    public Network createNetwork() {
        return init == Init.EXPLICIT ? Network.create(network, weights) : Network.create(network, init, training.seed());
    }
}
