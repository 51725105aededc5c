package dev.chainrule.ui.step;

import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.List;
import java.util.Optional;

/**
 * Which networks are small enough to step through: every weight is a stage, so at most 3 hidden layers of
 * at most 8 units, and at most 8 inputs and 8 outputs (some 200 weights at the most).
 */
public final class StepLimits {
    public static final int MAX_HIDDEN_LAYERS = 3;
    public static final int MAX_UNITS = 8;

    private StepLimits() {
    }

    /** Why this network is too large to step through, or empty when it is not. */
    public static Optional<String> refusal(NetworkSpec network) {
        List<DenseSpec> dense = network.denseLayers();
        int hidden = dense.size() - 1;
        boolean wide = dense.stream().anyMatch(d -> d.units() > MAX_UNITS);
        if (hidden <= MAX_HIDDEN_LAYERS && !wide && network.inputs() <= MAX_UNITS) {
            return Optional.empty();
        }
        StringBuilder shape = new StringBuilder().append(network.inputs());
        dense.forEach(d -> shape.append('-').append(d.units()));
        return Optional.of("Step through shows networks of at most " + MAX_HIDDEN_LAYERS + " hidden layers with at most "
                + MAX_UNITS + " units each, and at most " + MAX_UNITS + " inputs and outputs, so that every number fits on "
                + "the screen; this one is " + shape + ". Make the network smaller to step through it.");
    }
}
