package dev.chainrule.engine.layer;

import org.ejml.data.DMatrixRMaj;

/**
 * The six activations of the experiment format, with PyTorch's definitions. The pointwise
 * ones live in SmoothActivations and LinearPieceActivations, one class each.
 */
public final class Activations {

    private Activations() {
    }

    // sigmoid(z) = 1 / (1 + exp(-z)); sigmoid'(z) = a (1 - a)
    public static final ActivationFunction SIGMOID = new SmoothActivations.Sigmoid();

    // tanh'(z) = 1 - a²
    public static final ActivationFunction TANH = new SmoothActivations.TanhActivation();

    // relu(z) = max(0, z); derivative 0 at z = 0, as PyTorch
    public static final ActivationFunction RELU = new LinearPieceActivations.Relu();

    /** PyTorch's default negative slope. */
    public static final double LEAKY_SLOPE = 0.01;

    // leaky_relu(z) = z if z > 0 else 0.01 z
    public static final ActivationFunction LEAKY_RELU = new LinearPieceActivations.LeakyRelu();

    // linear(z) = z
    public static final ActivationFunction LINEAR = new LinearPieceActivations.Linear();

    public static final ActivationFunction SOFTMAX = new Softmax();

    /** Row-wise softmax. */
    private static final class Softmax implements ActivationFunction {

        // a_j = exp(z_j - max z) / Σ_k exp(z_k - max z); subtracting the max avoids overflow
        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            int cols = z.numCols;
            for (int r = 0; r < z.numRows; r++) {
                int o = r * cols;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, z.data[o + j]);
                }
                double sum = 0.0;
                for (int j = 0; j < cols; j++) {
                    double e = Math.exp(z.data[o + j] - max);
                    a.data[o + j] = e;
                    sum += e;
                }
                for (int j = 0; j < cols; j++) {
                    a.data[o + j] /= sum;
                }
            }
        }

        // dL/dz_j = a_j (dL/da_j - Σ_k dL/da_k a_k)   (the full Jacobian applied to dL/da)
        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            int cols = z.numCols;
            for (int r = 0; r < z.numRows; r++) {
                int o = r * cols;
                double dot = 0.0;
                for (int k = 0; k < cols; k++) {
                    dot += gradA.data[o + k] * a.data[o + k];
                }
                for (int j = 0; j < cols; j++) {
                    gradZ.data[o + j] = a.data[o + j] * (gradA.data[o + j] - dot);
                }
            }
        }
    }
}
