package dev.chainrule.engine.spec;

import java.util.Objects;

/**
 * How to train (docs/FORMATS.md in the project, {@code training}): loss, optimizer, batch size (0 = the
 * whole data set in one batch), number of epochs, whether to reshuffle the examples each
 * epoch, the seed for shuffling and dropout, gradient clipping, L2 weight decay
 * ({@code g += λ·W}, weights only), early stopping (null = off; needs validation data), the
 * task, which decides how accuracy is measured, and L1 ({@code λ·Σ|W|} added to the loss
 * before backward, weights only; 0 = off).
 */
public record TrainingConfig(LossKind loss, OptimizerSpec optimizer, int batchSize, int epochs, boolean shuffle,
        long seed, ClippingSpec clipping, double weightDecay, EarlyStoppingSpec earlyStopping, Task task, double l1) {

    public static final int MAX_EPOCHS = 1_000_000;

    public TrainingConfig {
        Objects.requireNonNull(loss, "loss must not be null");
        Objects.requireNonNull(optimizer, "optimizer must not be null");
        Objects.requireNonNull(clipping, "gradient clipping must not be null (use ClippingSpec.NONE)");
        Objects.requireNonNull(task, "task must not be null");
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be 0 (full batch) or positive, was " + batchSize);
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be between 1 and " + MAX_EPOCHS + ", was " + epochs);
        }
        if (!(weightDecay >= 0.0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be 0 or positive, was " + weightDecay);
        }
        if (!(l1 >= 0.0) || Double.isInfinite(l1)) {
            throw new IllegalArgumentException("L1 must be 0 (off) or a positive finite number, was " + l1);
        }
        // the fused losses only make sense for their own kind of target
        if (loss == LossKind.BCE && task != Task.BINARY) {
            throw new IllegalArgumentException("loss bce needs task binary, was " + task.id());
        }
        if (loss == LossKind.CROSS_ENTROPY && task != Task.MULTICLASS) {
            throw new IllegalArgumentException("loss cross_entropy needs task multiclass, was " + task.id());
        }
    }

    /** No L1. */
    public TrainingConfig(LossKind loss, OptimizerSpec optimizer, int batchSize, int epochs, boolean shuffle,
            long seed, ClippingSpec clipping, double weightDecay, EarlyStoppingSpec earlyStopping, Task task) {
        this(loss, optimizer, batchSize, epochs, shuffle, seed, clipping, weightDecay, earlyStopping, task, 0.0);
    }

    /** No L1, the task implied by the loss ({@link Task#impliedBy}). */
    public TrainingConfig(LossKind loss, OptimizerSpec optimizer, int batchSize, int epochs, boolean shuffle,
            long seed, ClippingSpec clipping, double weightDecay, EarlyStoppingSpec earlyStopping) {
        this(loss, optimizer, batchSize, epochs, shuffle, seed, clipping, weightDecay, earlyStopping,
                Task.impliedBy(Objects.requireNonNull(loss, "loss must not be null")));
    }

    /** No clipping, no weight decay, no early stopping, the task implied by the loss. */
    public TrainingConfig(LossKind loss, OptimizerSpec optimizer, int batchSize, int epochs, boolean shuffle,
            long seed) {
        this(loss, optimizer, batchSize, epochs, shuffle, seed, ClippingSpec.NONE, 0.0, null);
    }

    /** The same settings with another seed (a repeat of a run). */
    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(loss, optimizer, batchSize, epochs, shuffle, newSeed, clipping, weightDecay,
                earlyStopping, task, l1);
    }

    /** The same settings with another L1 strength. */
    public TrainingConfig withL1(double newL1) {
        return new TrainingConfig(loss, optimizer, batchSize, epochs, shuffle, seed, clipping, weightDecay,
                earlyStopping, task, newL1);
    }
}
