package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.linalg.MatrixProducts;
import dev.chainrule.engine.spec.Task;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** Sums one epoch's batch losses, right answers and gradient norms into {@link EpochMetrics} (docs/FORMATS.md in the project). */
final class EpochAccumulator {

    private final double[] normSums;
    // the epoch's mean norms, handed to EpochMetrics (which copies them): no array per epoch here
    private final double[] norms;
    private double weightedLossSum;
    private int examples;
    private long correct;
    private int batches;
    private long startNanos;

    EpochAccumulator(int denseLayers) {
        this.normSums = new double[denseLayers];
        this.norms = new double[denseLayers];
        reset();
    }

    /** Starts a new epoch: sums back to zero, clock restarted (one accumulator serves a whole run). */
    void reset() {
        for (int k = 0; k < normSums.length; k++) {
            normSums[k] = 0.0;
        }
        weightedLossSum = 0.0;
        examples = 0;
        correct = 0;
        batches = 0;
        startNanos = System.nanoTime();
    }

    // Σ batchLoss · batchSize, so trainLoss is the mean over examples even with a ragged last batch
    void addBatch(double batchMeanLoss, int batchSize, int batchCorrect) {
        weightedLossSum += batchMeanLoss * batchSize;
        examples += batchSize;
        correct += batchCorrect;
    }

    // ‖dW_k‖₂ of this batch, taken before any clipping
    void addGradientNorms(List<Dense> layers) {
        for (int k = 0; k < normSums.length; k++) {
            // ‖g‖₂ = sqrt(Σ g²); BLAS ddot for the large layers (a plain sum is a long dependency chain)
            DMatrixRMaj g = layers.get(k).weight().gradient();
            normSums[k] += Math.sqrt(MatrixProducts.sumOfSquares(g.data, g.getNumElements()));
        }
        batches++;
    }

    /**
     * The same from Σ g² per parameter as {@code Optimizer.step(double[])} reports them (when
     * nothing changed the gradients before the step).
     *
     * @param weightIndex for dense layer k, the index of its weight among the sums
     */
    void addGradientSquareSums(double[] squareSums, int[] weightIndex) {
        for (int k = 0; k < normSums.length; k++) {
            // ‖dW_k‖₂ = sqrt(Σ g²)
            normSums[k] += Math.sqrt(squareSums[weightIndex[k]]);
        }
        batches++;
    }

    /** @param validation null without validation data */
    EpochMetrics metrics(int epoch, Task task, Evaluation.Result validation) {
        for (int k = 0; k < norms.length; k++) {
            norms[k] = normSums[k] / batches;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new EpochMetrics(epoch, weightedLossSum / examples,
                validation == null ? null : validation.loss(), Accuracy.fraction(task, correct, examples),
                validation == null ? null : validation.accuracy(), norms, seconds);
    }
}
