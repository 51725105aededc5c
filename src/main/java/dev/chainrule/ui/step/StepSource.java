package dev.chainrule.ui.step;

import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.UpdateTracer;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.engine.trace.UpdateTrace;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a step-through steps through: a network (a fresh one, with the run's initial weights, for each
 * look), the training rows and the settings, as a run would train them.
 *
 * @param what     what it is, for the dialog's heading: "the seed example", "Two spirals · 2-4-1"
 * @param network  the network's shape, for the diagram
 * @param fresh    a new network with the initial weights, each call
 * @param train    the rows the run learns from
 * @param config   the run's settings; its batch size is the run's
 */
public record StepSource(String what, NetworkSpec network, Supplier<Network> fresh, TrainingData train,
        TrainingConfig config) {

    /** The most examples one step shows: each is a row of every table. */
    public static final int MAX_EXAMPLES = 16;

    public StepSource {
        Objects.requireNonNull(what, "what must not be null");
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(fresh, "fresh must not be null");
        Objects.requireNonNull(train, "train must not be null");
        Objects.requireNonNull(config, "config must not be null");
    }

    /** An experiment whose data travels inside it (the seed example's), as its run would train it. */
    public static StepSource ofInline(String what, ExperimentSpec spec) {
        TrainingData train = DataPreparation.prepareInline(spec.data()).train();
        int inputs = train.features();
        return new StepSource(what, spec.network(inputs), () -> spec.createNetwork(inputs), train, spec.training());
    }

    /** The examples in one of the run's batches (its batch size, or every row for a full batch). */
    public int runBatch() {
        return config.batchSize() == 0 ? train.rows() : Math.min(config.batchSize(), train.rows());
    }

    /** How many updates the run makes with batches of {@code examples}. */
    public long updates(int examples) {
        return (long) config.epochs() * ((train.rows() + examples - 1) / examples);
    }

    /**
     * The engine's update {@code update} with batches of {@code examples}, from the initial weights.
     *
     * @throws IllegalArgumentException with the engine's message when there is no such update
     */
    public UpdateTrace trace(int update, int examples) {
        TrainingConfig c = config;
        TrainingConfig settings = new TrainingConfig(c.loss(), c.optimizer(), examples, c.epochs(), c.shuffle(), c.seed(),
                c.clipping(), c.weightDecay(), c.earlyStopping(), c.task(), c.l1());
        return UpdateTracer.trace(fresh.get(), train, settings, update);
    }
}
