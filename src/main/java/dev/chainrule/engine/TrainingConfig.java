package dev.chainrule.engine;

import java.util.Objects;

/**
 * How to train: loss, optimizer, batch size (0 = the whole data set in one batch), number
 * of epochs, whether to reshuffle the examples each epoch, and the seed for shuffling and
 * dropout. Gradient clipping and weight decay arrive in the next slice as extra components
 * (this constructor will stay, with "none" for both).
 */
public record TrainingConfig(LossKind loss, OptimizerSpec optimizer, int batchSize, int epochs, boolean shuffle,
        long seed) {

    public static final int MAX_EPOCHS = 1_000_000;

    public TrainingConfig {
        Objects.requireNonNull(loss, "loss must not be null");
        Objects.requireNonNull(optimizer, "optimizer must not be null");
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be 0 (full batch) or positive, was " + batchSize);
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be between 1 and " + MAX_EPOCHS + ", was " + epochs);
        }
    }
}
