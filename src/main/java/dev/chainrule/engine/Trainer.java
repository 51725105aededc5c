package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.optim.GradientClipping;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.optim.WeightDecay;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains a network in place. Stateless: one instance may serve many runs, each call builds
 * its own loss, optimizer and random streams, so equal inputs give bit-for-bit equal runs.
 */
public final class Trainer {

    private static final String HINT = ": lower the learning rate or enable gradient clipping";

    /** {@link #fit(Network, TrainingData, TrainingData, TrainingConfig, TrainingListener, RunControl)} without validation data. */
    public TrainingResult fit(Network network, TrainingData train, TrainingConfig config, TrainingListener listener,
            RunControl control) {
        return fit(network, train, null, config, listener, control);
    }

    /**
     * Runs up to {@code config.epochs()} epochs on {@code network} (modified), calling
     * {@code listener} after each epoch that ran to its end.
     *
     * <p>Order per batch (docs/FORMATS.md): forward, loss, zero gradients, backward, gradient
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

        Loss loss = TrainingParts.loss(config.loss());
        Optimizer optimizer = TrainingParts.optimizer(config.optimizer());
        optimizer.initialise(network.parameters());
        // one seed, two independent streams: example order and dropout masks
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom shuffleRandom = root.split();
        network.useTrainingRandom(root.split());
        Batches batches = new Batches(train, config.batchSize());
        Evaluation validating = validation == null ? null
                : new Evaluation(validation, TrainingParts.loss(config.loss()), config.task());
        EarlyStopping earlyStopping = new EarlyStopping(config.earlyStopping());
        // one accumulator for the whole run, reset per epoch (W1 runs an epoch per microsecond)
        EpochAccumulator epochStats = new EpochAccumulator(network.denseLayers().size());
        Task task = config.task();
        LossAndGradient.GradientOf gradientOf = loss.gradientOf();
        // without clipping and weight decay the optimizer sees the raw gradients: it reports their
        // Σ g² from its own pass, and the norms need no pass of their own
        boolean normsFromStep = config.clipping().mode() == ClippingSpec.Mode.NONE && config.weightDecay() == 0.0;
        double[] squareSums = new double[network.parameters().size()];
        int[] weightIndex = weightIndices(network);

        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            // ---- a paused run waits here, between epochs
            if (!control.awaitEpochStart()) {
                return stopped(epoch - 1);
            }
            epochStats.reset();
            if (config.shuffle()) {
                batches.shuffle(shuffleRandom);
            }
            for (int b = 0, count = batches.count(); b < count; b++) {
                if (control.isStopRequested()) {
                    return stopped(epoch - 1);
                }
                int size = batches.load(b);
                // ---- forward, loss (taken before this batch's update)
                DMatrixRMaj prediction = network.forward(batches.x(), true);
                double batchLoss = loss.evaluate(network.logits(), prediction, batches.y());
                if (!Double.isFinite(batchLoss)) {
                    return diverged(epoch - 1, "loss became " + describe(batchLoss) + " at epoch " + epoch);
                }
                epochStats.addBatch(batchLoss, size, Accuracy.correct(task, prediction, batches.y()));
                // ---- zero grads, backward, clip, decay, step
                network.zeroGradients();
                network.backward(loss.gradient(), gradientOf);
                if (normsFromStep) {
                    optimizer.step(squareSums);
                    epochStats.addGradientSquareSums(squareSums, weightIndex);
                } else {
                    epochStats.addGradientNorms(network.denseLayers());
                    clip(network.parameters(), config.clipping());
                    WeightDecay.apply(network.parameters(), config.weightDecay());
                    optimizer.step();
                }
            }
            // ---- validate, report, then check the weights and the patience
            Evaluation.Result validationResult = validating == null ? null : validating.evaluate(network);
            listener.onEpoch(epochStats.metrics(epoch, task, validationResult), network);
            if (!network.weightsFinite()) {
                return diverged(epoch, "weights became NaN or infinite at epoch " + epoch);
            }
            if (earlyStopping.shouldStop(validationResult == null ? null : validationResult.loss())) {
                return new TrainingResult(RunOutcome.STOPPED_EARLY, epoch, earlyStopping.message(epoch));
            }
        }
        return new TrainingResult(RunOutcome.COMPLETED, config.epochs(), null);
    }

    // for dense layer k, the position of its weight in network.parameters()
    private static int[] weightIndices(Network network) {
        List<Dense> dense = network.denseLayers();
        int[] index = new int[dense.size()];
        for (int k = 0; k < index.length; k++) {
            index[k] = network.parameters().indexOf(dense.get(k).weight());
        }
        return index;
    }

    private static void clip(List<Parameter> parameters, ClippingSpec clipping) {
        switch (clipping.mode()) {
            case NONE -> { }
            case VALUE -> GradientClipping.byValue(parameters, clipping.threshold());
            case NORM -> GradientClipping.byNorm(parameters, clipping.threshold());
        }
    }

    private static void requireArguments(Network network, TrainingData train, TrainingConfig config,
            TrainingListener listener, RunControl control) {
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(train, "training data must not be null");
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(listener, "listener must not be null (use TrainingListener.NONE)");
        Objects.requireNonNull(control, "control must not be null");
    }

    private static TrainingResult stopped(int epochsRun) {
        return new TrainingResult(RunOutcome.STOPPED, epochsRun, "stopped on request after " + epochsRun + " epochs");
    }

    private static TrainingResult diverged(int epochsRun, String what) {
        return new TrainingResult(RunOutcome.DIVERGED, epochsRun, what + HINT);
    }

    private static String describe(double value) {
        return Double.isNaN(value) ? "NaN" : "infinite";
    }
}
