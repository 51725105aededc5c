package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.optim.GradientClipping;
import dev.chainrule.engine.optim.L1Penalty;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.optim.WeightDecay;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * One call of {@link Trainer#fit}: the run's loss, optimizer, random streams and work state,
 * and the work of one epoch and of one batch (the order is documented on {@code fit}).
 *
 * <p>Why the epoch and the batch are methods of their own rather than loops inside
 * {@code fit}: the JIT compiles a method fully after enough calls, but a long loop inside a
 * method that is called only a few times only through on-stack replacement, which a new call
 * of {@code fit} enters again from the interpreter. With one call per epoch (the seed's 2-2-1
 * network on its one sample: one epoch per microsecond, in runs of 1,000), the epoch's code is compiled once and every later run
 * starts on it.
 */
final class TrainingRun {

    private static final String HINT = ": lower the learning rate or enable gradient clipping";

    private final Network network;
    private final TrainingConfig config;
    private final TrainingListener listener;
    private final RunControl control;
    private final Loss loss;
    private final Optimizer optimizer;
    private final SplittableRandom shuffleRandom;
    private final Batches batches;
    private final Evaluation validating;
    private final EarlyStopping earlyStopping;
    // one accumulator for the whole run, reset per epoch
    private final EpochAccumulator epochStats;
    private final Task task;
    private final LossAndGradient.GradientOf gradientOf;
    // without clipping and weight decay the optimizer sees the raw gradients: it reports their
    // Σ g² from its own pass, and the norms need no pass of their own
    private final boolean normsFromStep;
    private final double[] squareSums;
    private final int[] weightIndex;
    // null but for a step-through (UpdateTracer): told at each stage of every batch
    private BatchProbe probe;

    /** @param validation null = no validation metrics (and no early stopping) */
    TrainingRun(Network network, TrainingData train, TrainingData validation, TrainingConfig config,
            TrainingListener listener, RunControl control) {
        this.network = network;
        this.config = config;
        this.listener = listener;
        this.control = control;
        this.loss = TrainingParts.loss(config.loss());
        this.optimizer = TrainingParts.optimizer(config.optimizer());
        optimizer.initialise(network.parameters());
        // one seed, two independent streams: example order and dropout masks
        SplittableRandom root = new SplittableRandom(config.seed());
        this.shuffleRandom = root.split();
        network.useTrainingRandom(root.split());
        this.batches = new Batches(train, config.batchSize());
        this.validating = validation == null ? null
                : new Evaluation(validation, TrainingParts.loss(config.loss()), config.task());
        this.earlyStopping = new EarlyStopping(config.earlyStopping());
        this.epochStats = new EpochAccumulator(network.denseLayers().size());
        this.task = config.task();
        this.gradientOf = loss.gradientOf();
        this.normsFromStep = config.clipping().mode() == ClippingSpec.Mode.NONE && config.weightDecay() == 0.0;
        this.squareSums = new double[network.parameters().size()];
        this.weightIndex = weightIndices(network);
    }

    /**
     * Waits while the run is paused, trains epoch {@code epoch} (1-based), then validates,
     * reports and checks for divergence and early stopping.
     *
     * @return null to go on with the next epoch, else how the run ended
     */
    TrainingResult epoch(int epoch) {
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
            double batchLoss = batch(b);
            if (!Double.isFinite(batchLoss)) {
                return diverged(epoch - 1, "loss became " + describe(batchLoss) + " at epoch " + epoch);
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
        return null;
    }

    // one batch: forward, loss, and (when the loss is finite) zero grads, backward (with L1's
    // share of the gradient), clip, decay, step; returns the batch loss without the L1 penalty
    // (trainLoss is the data's loss, docs/FORMATS.md)
    private double batch(int b) {
        int size = batches.load(b);
        // ---- forward, loss (taken before this batch's update)
        DMatrixRMaj prediction = network.forward(batches.x(), true);
        double batchLoss = loss.computeLossAndGradient(network.logits(), prediction, batches.y());
        if (!Double.isFinite(batchLoss)) {
            return batchLoss;
        }
        epochStats.addBatch(batchLoss, size, Accuracy.correct(task, prediction, batches.y()));
        observe(BatchProbe.Stage.FORWARD, b);
        // ---- zero grads, backward, clip, decay, step
        network.zeroGradients();
        network.backward(loss.gradient(), gradientOf);
        observe(BatchProbe.Stage.BACKWARD, b);
        // L1 is part of the loss, so its gradient joins backward's before the norms and clipping
        L1Penalty.addGradient(network.parameters(), config.l1());
        observe(BatchProbe.Stage.L1, b);
        if (normsFromStep) {
            optimizer.step(squareSums);
            epochStats.addGradientSquareSums(squareSums, weightIndex);
        } else {
            epochStats.addGradientNorms(network.denseLayers());
            clip(network.parameters(), config.clipping());
            observe(BatchProbe.Stage.CLIPPING, b);
            WeightDecay.apply(network.parameters(), config.weightDecay());
            observe(BatchProbe.Stage.WEIGHT_DECAY, b);
            optimizer.step();
        }
        observe(BatchProbe.Stage.STEP, b);
        return batchLoss;
    }

    /** Has {@code probe} told of every stage of every batch from now on (a step-through watches one of them). */
    void watch(BatchProbe newProbe) {
        this.probe = newProbe;
    }

    // the probe reads what the stage left (in the network, the loss, the optimizer) and must change nothing
    private void observe(BatchProbe.Stage stage, int b) {
        if (probe != null) {
            probe.after(stage, b);
        }
    }

    Loss loss() {
        return loss;
    }

    Optimizer optimizer() {
        return optimizer;
    }

    Batches batches() {
        return batches;
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
}
