package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import java.util.List;
import dev.chainrule.engine.linalg.MatrixProducts;
import org.ejml.data.DMatrixRMaj;

/** Sums one epoch's batch losses, right answers and gradient norms into {@link EpochMetrics} (docs/FORMATS.md). */
final class EpochAccumulator {

    private final double[] normSums;
    private double weightedLossSum;
    private int examples;
    private long correct;
    private int batches;
    private final long startNanos = System.nanoTime();

    EpochAccumulator(int denseLayers) {
        this.normSums = new double[denseLayers];
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

    /** @param validation null without validation data */
    EpochMetrics metrics(int epoch, Task task, Evaluation.Result validation) {
        double[] norms = new double[normSums.length];
        for (int k = 0; k < norms.length; k++) {
            norms[k] = normSums[k] / batches;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new EpochMetrics(epoch, weightedLossSum / examples,
                validation == null ? null : validation.loss(), Accuracy.fraction(task, correct, examples),
                validation == null ? null : validation.accuracy(), norms, seconds);
    }
}
