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
     * dL/dz from dL/da (a vector-Jacobian product, so softmax works with any loss).
     *
     * @param z     pre-activations from forward, not modified
     * @param a     outputs from forward, not modified
     * @param gradA dL/da, not modified
     * @param gradZ dL/dz, same shape, modified
     */
    void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ);
}
