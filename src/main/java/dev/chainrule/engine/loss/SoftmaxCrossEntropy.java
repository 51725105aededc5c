package dev.chainrule.engine.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * Cross-entropy on a softmax output, computed from the logits as PyTorch's CrossEntropyLoss
 * (mean over examples) with one-hot (or probability) targets:
 * {@code l = -Σ_j y_j · log_softmax(z)_j}, {@code log_softmax(z)_j = z_j - logsumexp(z)}.
 * The gradient with respect to the logits is {@code (softmax(z)·Σ_j y_j - y) / rows}.
 */
public final class SoftmaxCrossEntropy implements Loss {

    private final DMatrixRMaj gradient = new DMatrixRMaj(1, 1);

    @Override
    public double computeLossAndGradient(DMatrixRMaj logits, DMatrixRMaj prediction, DMatrixRMaj target) {
        int rows = logits.numRows;
        int cols = logits.numCols;
        gradient.reshape(rows, cols);
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            // logsumexp(z) = max + log Σ exp(z_j - max)
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, logits.data[o + j]);
            }
            double s = 0.0;
            for (int j = 0; j < cols; j++) {
                s += Math.exp(logits.data[o + j] - max);
            }
            double logSumExp = max + Math.log(s);
            double targetMass = 0.0;
            for (int j = 0; j < cols; j++) {
                double y = target.data[o + j];
                sum -= y * (logits.data[o + j] - logSumExp);
                targetMass += y;
            }
            for (int j = 0; j < cols; j++) {
                gradient.data[o + j] = (prediction.data[o + j] * targetMass - target.data[o + j]) / rows;
            }
        }
        return sum / rows;
    }

    @Override
    public DMatrixRMaj gradient() {
        return gradient;
    }

    @Override
    public LossAndGradient.GradientOf gradientOf() {
        return LossAndGradient.GradientOf.LOGITS;
    }
}
