package dev.chainrule.engine.layer;

import org.ejml.data.DMatrixRMaj;

/** An activation applied to a batch of pre-activations (rows = examples). */
public interface ActivationFunction {

    /**
     * a = f(z).
     *
     * @param z pre-activations, not modified
     * @param a outputs, same shape, modified
     */
    void forward(DMatrixRMaj z, DMatrixRMaj a);

    /**
     * z += b (to every row), then a = f(z): a dense layer's bias and activation. The
     * pointwise activations do both in one pass over z (one read and two writes instead of
     * two reads and three writes), which matters for the wide layers.
     *
     * @param z    x·W on entry, x·W + b on return
     * @param bias one value per column, not modified
     * @param a    outputs, same shape, modified
     */
    default void forwardWithBias(DMatrixRMaj z, double[] bias, DMatrixRMaj a) {
        int cols = z.numCols;
        for (int r = 0; r < z.numRows; r++) {
            int o = r * cols;
            for (int j = 0; j < cols; j++) {
                z.data[o + j] += bias[j];
            }
        }
        forward(z, a);
    }

    /**
     * dL/dz from dL/da (a vector-Jacobian product, so softmax works with any loss).
     *
     * @param z     pre-activations from forward, not modified
     * @param a     outputs from forward, not modified
     * @param gradA dL/da, not modified
     * @param gradZ dL/dz, same shape, modified
     */
    void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ);
}
