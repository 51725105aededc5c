package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Span;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.training.TrainingService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The line under the network builder: how many parameters the network has to learn against the two limits on it,
 * or what is wrong with it. Kept apart from {@link NetworkBuilder}, which edits the layers, because the limits are
 * the server's and an assignment's, not the drawing's: the server's refuses a network (the same words as the server
 * that would refuse to train it), an assignment's budget only says, in red, that the network is over it.
 */
final class ParameterSummary extends Span {
    private long maxParameters = Long.MAX_VALUE;
    /** An assignment's parameter budget, shown beside the count; null when there is none. */
    private Long budget;

    ParameterSummary() {
        addClassName("network-summary");
    }

    void setMaxParameters(long maxParameters) {
        this.maxParameters = maxParameters;
    }

    void setBudget(Long budget) {
        this.budget = budget;
    }

    /** The network, refused when it is bigger than the server allows. */
    NetworkSpec withinLimit(NetworkSpec network) {
        if (network.parameterCount() > maxParameters) {
            throw new IllegalArgumentException(TrainingService.overBudget(network.parameterCount(), maxParameters));
        }
        return network;
    }

    /** Says what {@code network} makes (the count, or why there is no network) and returns it, or empty when it failed. */
    Optional<NetworkSpec> show(Supplier<NetworkSpec> network) {
        try {
            NetworkSpec built = network.get();
            long count = built.parameterCount();
            setText(String.format("%,d parameters to learn", count) + (budget == null ? ""
                    : count > budget ? String.format(": more than the assignment's budget of %,d", budget)
                    : String.format(" \u00b7 the assignment allows %,d", budget)));
            setClassName("invalid", budget != null && count > budget);
            return Optional.of(built);
        } catch (IllegalArgumentException e) {
            setText(e.getMessage());
            addClassName("invalid");
            return Optional.empty();
        }
    }
}
