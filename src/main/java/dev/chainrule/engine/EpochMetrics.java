package dev.chainrule.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one epoch measured (docs/FORMATS.md in the project, "Result"):
 * {@code trainLoss} is the mean of the per-example losses, each batch's loss taken in its
 * forward pass before that batch's update; {@code trainAccuracy} is counted on the same
 * forward passes (so with dropout active, like the loss); {@code validationLoss} and
 * {@code validationAccuracy} are computed after the epoch in evaluation mode (no dropout).
 * Accuracies are null for regression, validation values null without validation data.
 * {@code gradientNorms[k]} is the L2 norm of dense layer k's weight gradient averaged over
 * the epoch's batches (before clipping and weight decay); {@code seconds} is the epoch's
 * wall time. Values may be non-finite on divergence.
 */
public record EpochMetrics(int epoch, double trainLoss, Double validationLoss, Double trainAccuracy,
        Double validationAccuracy, double[] gradientNorms, double seconds) {

    public EpochMetrics {
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch is 1-based, was " + epoch);
        }
        Objects.requireNonNull(gradientNorms, "gradientNorms must not be null");
        gradientNorms = gradientNorms.clone();
    }

    /** An epoch without validation data or accuracy. */
    public EpochMetrics(int epoch, double trainLoss, double[] gradientNorms, double seconds) {
        this(epoch, trainLoss, null, null, null, gradientNorms, seconds);
    }

    /** A copy, one entry per dense layer. */
    @Override
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpochMetrics m && epoch == m.epoch
                && Double.compare(trainLoss, m.trainLoss) == 0
                && Objects.equals(validationLoss, m.validationLoss)
                && Objects.equals(trainAccuracy, m.trainAccuracy)
                && Objects.equals(validationAccuracy, m.validationAccuracy)
                && Arrays.equals(gradientNorms, m.gradientNorms)
                && Double.compare(seconds, m.seconds) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, trainLoss, validationLoss, trainAccuracy, validationAccuracy,
                Arrays.hashCode(gradientNorms), seconds);
    }

    @Override
    public String toString() {
        return "EpochMetrics[epoch=" + epoch + ", trainLoss=" + trainLoss + ", validationLoss=" + validationLoss
                + ", trainAccuracy=" + trainAccuracy + ", validationAccuracy=" + validationAccuracy
                + ", gradientNorms=" + Arrays.toString(gradientNorms) + ", seconds=" + seconds + "]";
    }
}
