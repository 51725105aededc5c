package dev.chainrule.ui.gradcheck;

import dev.chainrule.engine.GradientCheck;
import dev.chainrule.engine.GradientCheckReport;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page asks to check: a network at its initial weights and the data and settings of the run it
 * would start, whose first batch the check takes.
 */
public record CheckSubject(Network network, TrainingData train, TrainingConfig config) {

    /** The network an experiment starts from, on the training rows it was prepared into. */
    public static CheckSubject of(ExperimentSpec spec, TrainingData train) {
        return new CheckSubject(spec.createNetwork(train.features()), train, spec.training());
    }

    /** @throws IllegalArgumentException with the engine's message when it cannot be checked */
    GradientCheckReport check() {
        return GradientCheck.firstBatch(network, train, config);
    }

    /** "the 2-2-1 network (sigmoid, sigmoid) at its initial weights, loss mse, on the first batch of 1 example" */
    String describe() {
        StringBuilder shape = new StringBuilder().append(network.spec().inputs());
        List<String> layers = new ArrayList<>();
        for (LayerSpec layer : network.spec().layers()) {
            if (layer instanceof DenseSpec dense) {
                shape.append('-').append(dense.units());
                layers.add(dense.activation().id());
            } else if (layer instanceof DropoutSpec dropout) {
                layers.add("dropout " + dropout.rate());
            }
        }
        int batch = config.batchSize() == 0 ? train.rows() : Math.min(config.batchSize(), train.rows());
        return "the " + shape + " network (" + String.join(", ", layers) + ") at its initial weights, loss "
                + config.loss().id() + ", on the first batch of the first epoch" + (config.shuffle() ? " (shuffled)" : "")
                + ": " + batch + (batch == 1 ? " example" : " examples");
    }
}
