package dev.chainrule.engine;

import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.optim.Optimizer;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a network in place. Stateless: one instance may serve many runs, each call builds
 * its own loss, optimizer and random streams, so equal inputs give bit-for-bit equal runs.
 */
public final class Trainer {

    private static final String HINT = ": lower the learning rate or enable gradient clipping";

    /**
     * Runs up to {@code config.epochs()} epochs on {@code network} (modified), calling
     * {@code listener} after each epoch that ran to its end.
     *
     * <p>Order per batch (docs/FORMATS.md): forward, loss, zero gradients, backward,
     * [clipping, weight decay: next slice], optimizer step. A non-finite batch loss ends the
     * run before that batch's update; non-finite weights end it after the epoch is reported.
     *
     * @throws IllegalArgumentException when the data or the loss does not fit the network
     */
    public TrainingResult fit(Network network, TrainingData train, TrainingConfig config, TrainingListener listener,
            RunControl control) {
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(train, "training data must not be null");
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(listener, "listener must not be null (use TrainingListener.NONE)");
        Objects.requireNonNull(control, "control must not be null");
        TrainingParts.requireCompatible(network.spec(), train, config.loss());

        Loss loss = TrainingParts.loss(config.loss());
        Optimizer optimizer = TrainingParts.optimizer(config.optimizer());
        optimizer.initialise(network.parameters());
        // one seed, two independent streams: example order and dropout masks
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom shuffleRandom = root.split();
        network.useTrainingRandom(root.split());
        Batches batches = new Batches(train, config.batchSize());

        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            EpochAccumulator epochStats = new EpochAccumulator(network.denseLayers().size());
            if (config.shuffle()) {
                batches.shuffle(shuffleRandom);
            }
            for (int b = 0; b < batches.count(); b++) {
                if (control.isStopRequested()) {
                    return new TrainingResult(RunOutcome.STOPPED, epoch - 1,
                            "stopped on request after " + (epoch - 1) + " epochs");
                }
                int size = batches.load(b);
                // ---- forward, loss (taken before this batch's update)
                var prediction = network.forward(batches.x(), true);
                LossAndGradient lossAndGradient = loss.lossAndGradient(network.logits(), prediction, batches.y());
                if (!Double.isFinite(lossAndGradient.loss())) {
                    return diverged(epoch - 1, "loss became " + describe(lossAndGradient.loss()) + " at epoch " + epoch);
                }
                epochStats.addLoss(lossAndGradient.loss(), size);
                // ---- zero grads, backward, (clip, decay: next slice), step
                network.zeroGradients();
                network.backward(lossAndGradient);
                epochStats.addGradientNorms(network.denseLayers());
                optimizer.step();
            }
            // ---- report, then check the weights
            listener.onEpoch(epochStats.metrics(epoch), network);
            if (!network.weightsFinite()) {
                return diverged(epoch, "weights became NaN or infinite at epoch " + epoch);
            }
        }
        return new TrainingResult(RunOutcome.COMPLETED, config.epochs(), null);
    }

    private static TrainingResult diverged(int epochsRun, String what) {
        return new TrainingResult(RunOutcome.DIVERGED, epochsRun, what + HINT);
    }

    private static String describe(double value) {
        return Double.isNaN(value) ? "NaN" : "infinite";
    }
}
