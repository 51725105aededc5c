package dev.chainrule.experiment;

import dev.chainrule.engine.Network;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;

/**
 * Everything needed to repeat a run exactly: data and its preparation, the layers, the training
 * settings, the initial weights. It is what the experiment JSON ({@link ExperimentJson}) describes.
 * The input width is not part of it: it follows from the data once prepared (one-hot columns
 * count one input each), so the same experiment can be read before its data is.
 */
public record ExperimentSpec(
        String title,
        ExperimentData data,
        List<LayerSpec> layers,
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
        layers = List.copyOf(layers);
        if (init == Init.EXPLICIT && (weights == null || weights.isEmpty())) {
            throw new IllegalArgumentException("weights are required when init is explicit");
        }
        weights = weights == null ? List.of() : List.copyOf(weights);
        // Building the network once checks the layers, and explicit weights against them, with the engine's messages.
        // (fields are assigned only after this constructor body: use the parameters)
        NetworkSpec check = new NetworkSpec(weights.isEmpty() ? 1 : weights.get(0).inputs(), layers);
        if (init == Init.EXPLICIT) {
            Network.create(check, weights);
        }
    }

    /** The network for data with {@code inputs} input units. */
    public NetworkSpec network(int inputs) {
        return new NetworkSpec(inputs, layers);
    }

    /** A fresh network with this spec's initial weights, for data with {@code inputs} input units. */
    public Network createNetwork(int inputs) {
        NetworkSpec network = network(inputs);
        return init == Init.EXPLICIT ? Network.create(network, weights) : Network.create(network, init, training.seed());
    }
}
