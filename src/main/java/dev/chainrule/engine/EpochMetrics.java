package dev.chainrule.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one epoch measured (docs/FORMATS.md, "Result"):
 * {@code trainLoss} is the mean of the per-example losses, each batch's loss taken in its
 * forward pass before that batch's update; {@code gradientNorms[k]} is the L2 norm of dense
 * layer k's weight gradient averaged over the epoch's batches (before clipping);
 * {@code seconds} is the wall time of the epoch. Values may be non-finite on divergence.
 */
public record EpochMetrics(int epoch, double trainLoss, double[] gradientNorms, double seconds) {

    public EpochMetrics {
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch is 1-based, was " + epoch);
        }
        Objects.requireNonNull(gradientNorms, "gradientNorms must not be null");
        gradientNorms = gradientNorms.clone();
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
                && Arrays.equals(gradientNorms, m.gradientNorms)
                && Double.compare(seconds, m.seconds) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, trainLoss, Arrays.hashCode(gradientNorms), seconds);
    }

    @Override
    public String toString() {
        return "EpochMetrics[epoch=" + epoch + ", trainLoss=" + trainLoss + ", gradientNorms="
                + Arrays.toString(gradientNorms) + ", seconds=" + seconds + "]";
    }
}
