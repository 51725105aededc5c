package dev.chainrule.engine;

import dev.chainrule.engine.spec.TrainingConfig;
import java.util.Objects;

/**
 * Trains a network in place. Stateless: one instance may serve many runs, each call builds
 * its own loss, optimizer and random streams, so equal inputs give bit-for-bit equal runs.
 */
public final class Trainer {

    /** {@link #fit(Network, TrainingData, TrainingData, TrainingConfig, TrainingListener, RunControl)} without validation data. */
    public TrainingResult fit(Network network, TrainingData train, TrainingConfig config, TrainingListener listener,
            RunControl control) {
        return fit(network, train, null, config, listener, control);
    }

    /**
     * Runs up to {@code config.epochs()} epochs on {@code network} (modified), calling
     * {@code listener} after each epoch that ran to its end.
     *
     * <p>Order per batch (docs/FORMATS.md in the project): forward, loss, zero gradients, backward, gradient
     * clipping, weight decay, optimizer step. Before each epoch: wait while paused
     * ({@link RunControl}). After each epoch: validation (evaluation mode), report,
     * divergence check, early stopping. A non-finite batch loss ends the run before that
     * batch's update; non-finite weights end it after the epoch is reported.
     *
     * @param validation null = no validation metrics (and no early stopping)
     * @throws IllegalArgumentException when the data or the configuration does not fit the network
     */
    public TrainingResult fit(Network network, TrainingData train, TrainingData validation, TrainingConfig config,
            TrainingListener listener, RunControl control) {
        requireArguments(network, train, config, listener, control);
        TrainingParts.requireCompatible(network.spec(), train, validation, config);

        TrainingRun run = new TrainingRun(network, train, validation, config, listener, control);
        // one call per epoch and nothing else: this loop may run interpreted (see TrainingRun)
        for (int epoch = 1, epochs = config.epochs(); epoch <= epochs; epoch++) {
            TrainingResult end = run.epoch(epoch);
            if (end != null) {
                return end;
            }
        }
        return new TrainingResult(RunOutcome.COMPLETED, config.epochs(), null);
    }

    private static void requireArguments(Network network, TrainingData train, TrainingConfig config,
            TrainingListener listener, RunControl control) {
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(train, "training data must not be null");
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(listener, "listener must not be null (use TrainingListener.NONE)");
        Objects.requireNonNull(control, "control must not be null");
    }
}
