package dev.chainrule.engine.layer;

import org.ejml.data.DMatrixRMaj;

/**
 * Sigmoid and tanh, each with its own loops. Why not one generic loop calling an overridden
 * f(z) (as before): that call site is shared by every activation, so the JIT sees it
 * megamorphic and does not inline it; with a loop per activation the function is inlined.
 */
final class SmoothActivations {

    private SmoothActivations() {
    }

    // sigmoid(z) = 1 / (1 + exp(-z)); sigmoid'(z) = a (1 - a)
    static final class Sigmoid implements ActivationFunction {

        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            double[] Z = z.data;
            double[] A = a.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                A[i] = 1.0 / (1.0 + Math.exp(-Z[i]));
            }
        }

        // z += b; a = sigmoid(z), one pass
        @Override
        public void forwardWithBias(DMatrixRMaj z, double[] bias, DMatrixRMaj a) {
            double[] Z = z.data;
            double[] A = a.data;
            int cols = z.numCols;
            for (int o = 0, n = z.getNumElements(); o < n; o += cols) {
                for (int j = 0; j < cols; j++) {
                    double v = Z[o + j] + bias[j];
                    Z[o + j] = v;
                    A[o + j] = 1.0 / (1.0 + Math.exp(-v));
                }
            }
        }

        // dL/dz = dL/da · a (1 - a)
        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            double[] A = a.data;
            double[] G = gradA.data;
            double[] D = gradZ.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                D[i] = G[i] * (A[i] * (1.0 - A[i]));
            }
        }
    }

    // tanh'(z) = 1 - a²; tanh in pure Java, within 2 ulp of StrictMath.tanh (see Tanh)
    static final class TanhActivation implements ActivationFunction {

        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            double[] Z = z.data;
            double[] A = a.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                A[i] = Tanh.tanh(Z[i]);
            }
        }

        // z += b; a = tanh(z), one pass
        @Override
        public void forwardWithBias(DMatrixRMaj z, double[] bias, DMatrixRMaj a) {
            double[] Z = z.data;
            double[] A = a.data;
            int cols = z.numCols;
            for (int o = 0, n = z.getNumElements(); o < n; o += cols) {
                for (int j = 0; j < cols; j++) {
                    double v = Z[o + j] + bias[j];
                    Z[o + j] = v;
                    A[o + j] = Tanh.tanh(v);
                }
            }
        }

        // dL/dz = dL/da · (1 - a²)
        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            double[] A = a.data;
            double[] G = gradA.data;
            double[] D = gradZ.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                D[i] = G[i] * (1.0 - A[i] * A[i]);
            }
        }
    }
}
