package dev.chainrule.engine.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * Binary cross-entropy on a sigmoid output, computed from the logits as PyTorch's
 * BCEWithLogitsLoss (mean over outputs, then over examples):
 * {@code l = max(z, 0) - z·y + log(1 + exp(-|z|))}, which never takes the log of 0.
 * The gradient with respect to the logits is {@code (sigmoid(z) - y) / (rows · outputs)}.
 */
public final class BinaryCrossEntropy implements Loss {

    private final DMatrixRMaj gradient = new DMatrixRMaj(1, 1);

    @Override
    public double computeLossAndGradient(DMatrixRMaj logits, DMatrixRMaj prediction, DMatrixRMaj target) {
        int rows = logits.numRows;
        int cols = logits.numCols;
        int count = rows * cols;
        gradient.reshape(rows, cols);
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            double example = 0.0;
            for (int j = 0; j < cols; j++) {
                int i = r * cols + j;
                double z = logits.data[i];
                double y = target.data[i];
                // l = max(z, 0) - z·y + log1p(exp(-|z|))
                example += Math.max(z, 0.0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
                // dL/dz = (sigmoid(z) - y) / count; prediction holds sigmoid(z)
                gradient.data[i] = (prediction.data[i] - y) / count;
            }
            sum += example / cols;
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
