package dev.chainrule.engine.layer;

import org.ejml.data.DMatrixRMaj;

/**
 * ReLU, leaky ReLU and the identity, each with its own loops (see SmoothActivations for why),
 * written so the JIT can vectorise the wide layers' passes (Math.max compiles to a vector max).
 */
final class LinearPieceActivations {

    private LinearPieceActivations() {
    }

    // relu(z) = max(0, z) (NaN stays NaN, as PyTorch); derivative 0 at z = 0, as PyTorch.
    // forwardWithBias is the interface's two passes (z += b row by row, then this flat max loop):
    // C2 vectorises the flat loop, while a fused z += b / max loop over three arrays ran 2-4×
    // slower per element on 32 units (64-32-10) and 256 (784-256-128-10)
    static final class Relu implements ActivationFunction {

        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            double[] Z = z.data;
            double[] A = a.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                A[i] = Math.max(Z[i], 0.0);
            }
        }

        // dL/dz = dL/da where z > 0, else +0.0, by masking dL/da's bits rather than "z > 0 ? g : 0",
        // which C2 compiles to a branch that is mispredicted on about half of a layer's units.
        // z > 0 ⇔ z's bits as a long are > 0 ⇔ both ~bits and −bits have the sign bit set
        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            double[] Z = z.data;
            double[] G = gradA.data;
            double[] D = gradZ.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                long bits = Double.doubleToRawLongBits(Z[i]);
                long positive = (~bits & -bits) >> 63;
                D[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(G[i]) & positive);
            }
        }
    }

    // leaky_relu(z) = z if z > 0 else slope·z
    static final class LeakyRelu implements ActivationFunction {

        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            double[] Z = z.data;
            double[] A = a.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                A[i] = Z[i] > 0.0 ? Z[i] : Activations.LEAKY_SLOPE * Z[i];
            }
        }

        // dL/dz = dL/da · (1 if z > 0 else slope)
        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            double[] Z = z.data;
            double[] G = gradA.data;
            double[] D = gradZ.data;
            for (int i = 0, n = z.getNumElements(); i < n; i++) {
                D[i] = G[i] * (Z[i] > 0.0 ? 1.0 : Activations.LEAKY_SLOPE);
            }
        }
    }

    // linear(z) = z; dL/dz = dL/da
    static final class Linear implements ActivationFunction {

        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            System.arraycopy(z.data, 0, a.data, 0, z.getNumElements());
        }

        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            System.arraycopy(gradA.data, 0, gradZ.data, 0, z.getNumElements());
        }
    }
}
