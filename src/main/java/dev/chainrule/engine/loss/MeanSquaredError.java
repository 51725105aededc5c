package dev.chainrule.engine.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * Mean squared error with PyTorch's "mean" reduction: an example's loss is the mean of
 * (p - y)² over its outputs, a batch's loss the mean over its examples. On one example
 * with one output this is exactly the seed's (p - y)².
 */
public final class MeanSquaredError implements Loss {

    private final DMatrixRMaj gradient = new DMatrixRMaj(1, 1);

    @Override
    public double computeLossAndGradient(DMatrixRMaj logits, DMatrixRMaj prediction, DMatrixRMaj target) {
        int rows = prediction.numRows;
        int cols = prediction.numCols;
        int count = rows * cols;
        gradient.reshape(rows, cols);
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            // loss_r = Σ_j (p - y)² / outputs
            double example = 0.0;
            for (int j = 0; j < cols; j++) {
                int i = r * cols + j;
                double d = prediction.data[i] - target.data[i];
                example += d * d;
                // dL/dp = 2 (p - y) / (rows · outputs)
                gradient.data[i] = 2.0 * d / count;
            }
            sum += example / cols;
        }
        // L = Σ_r loss_r / rows
        return sum / rows;
    }

    @Override
    public DMatrixRMaj gradient() {
        return gradient;
    }

    @Override
    public LossAndGradient.GradientOf gradientOf() {
        return LossAndGradient.GradientOf.PREDICTION;
    }
}
