package dev.chainrule.engine.layer;

import dev.chainrule.engine.linalg.MatrixProducts;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Fully connected layer: {@code z = x·W + b}, {@code a = f(z)}, with W inputs × units (the
 * seed's convention, so exported weights read like its arrays) and b a 1 × units row.
 * The three products (x·W, xᵀ·dz, dz·Wᵀ) go through {@link MatrixProducts}: BLAS when large,
 * EJML when small.
 */
public final class Dense implements Layer {

    // from this many units on, a row-by-row loop sums the bias gradient (see columnSums)
    private static final int WIDE_UNITS = 64;

    private final int inputs;
    private final int units;
    private final ActivationFunction activation;
    private final boolean propagatesToInput;
    private final Parameter weight;
    private final Parameter bias;

    // work matrices, reshaped per batch size (see Layer)
    private DMatrixRMaj input;
    private final DMatrixRMaj z = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj a = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradZ = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    private final boolean[] overwrite = new boolean[1];

    /**
     * @param propagatesToInput false for the first layer with parameters: nobody needs
     *                          dL/dx of the network input, so backward skips that product
     */
    public Dense(int index, int inputs, int units, ActivationFunction activation, boolean propagatesToInput) {
        this.inputs = inputs;
        this.units = units;
        this.activation = activation;
        this.propagatesToInput = propagatesToInput;
        this.weight = new Parameter("dense" + index + ".W", inputs, units, true);
        this.bias = new Parameter("dense" + index + ".b", 1, units, false);
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        input = x;
        int rows = x.numRows;
        z.reshape(rows, units);
        a.reshape(rows, units);
        // z = x·W, then z += b (every row) and a = f(z) in one pass over z
        MatrixProducts.mult(x, weight.value(), z);
        activation.forwardWithBias(z, bias.value().data, a);
        return a;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradA) {
        gradZ.reshape(gradA.numRows, units);
        // dL/dz = f'(z) applied to dL/da
        activation.backward(z, a, gradA, gradZ);
        return backwardFromPreActivation(gradZ);
    }

    /**
     * Backward from dL/dz directly, for losses that differentiate through the output
     * activation themselves (sigmoid + BCE, softmax + cross-entropy). gradZ is not modified.
     */
    public DMatrixRMaj backwardFromPreActivation(DMatrixRMaj dz) {
        // dW += xᵀ·dz   (dW = xᵀ·dz when the gradient was just zeroed: no pass to clear it)
        DMatrixRMaj dW = weight.gradientForAccumulation(overwrite);
        if (overwrite[0]) {
            MatrixProducts.multTransA(input, dz, dW);
        } else {
            MatrixProducts.multAddTransA(input, dz, dW);
        }
        // db += column sums of dz (db = them when the gradient was just zeroed: no pass to clear it)
        DMatrixRMaj db = bias.gradientForAccumulation(overwrite);
        columnSums(dz, db.data, overwrite[0]);
        if (!propagatesToInput) {
            return null;
        }
        // dL/dx = dz·Wᵀ
        gradInput.reshape(dz.numRows, inputs);
        MatrixProducts.multTransB(dz, weight.value(), gradInput);
        return gradInput;
    }

    // db_j (+)= Σ_r dz_rj, each sum from db_j (or 0.0) in r order. Wide layers: row by row, a
    // loop over j that C2 vectorises. Narrow ones (8, 10 or 32 units, as in 2-8-8-1 or 64-32-10), where that vector
    // loop barely runs: four columns side by side in registers, down the rows
    private static void columnSums(DMatrixRMaj dz, double[] db, boolean overwrite) {
        int rows = dz.numRows;
        int n = dz.numCols;
        double[] D = dz.data;
        if (n >= WIDE_UNITS) {
            for (int j = 0; j < n; j++) {
                db[j] = overwrite ? 0.0 : db[j];
            }
            for (int o = 0, end = rows * n; o < end; o += n) {
                for (int j = 0; j < n; j++) {
                    db[j] += D[o + j];
                }
            }
            return;
        }
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double s0 = overwrite ? 0.0 : db[j];
            double s1 = overwrite ? 0.0 : db[j + 1];
            double s2 = overwrite ? 0.0 : db[j + 2];
            double s3 = overwrite ? 0.0 : db[j + 3];
            for (int r = 0, o = j; r < rows; r++, o += n) {
                s0 += D[o];
                s1 += D[o + 1];
                s2 += D[o + 2];
                s3 += D[o + 3];
            }
            db[j] = s0;
            db[j + 1] = s1;
            db[j + 2] = s2;
            db[j + 3] = s3;
        }
        for (; j < n; j++) {
            double s = overwrite ? 0.0 : db[j];
            for (int r = 0, o = j; r < rows; r++, o += n) {
                s += D[o];
            }
            db[j] = s;
        }
    }

    /** The pre-activations of the last forward pass (the logits, for the output layer). */
    public DMatrixRMaj preActivation() {
        return z;
    }

    // ---- read-only views of the last pass, for a step-through (engine.UpdateTracer): work matrices,
    // valid until the next forward or backward, never to be modified

    /** What the last forward pass multiplied by W: the layer below's outputs (after any dropout). */
    public DMatrixRMaj input() {
        return input;
    }

    /** The activations of the last forward pass. */
    public DMatrixRMaj output() {
        return a;
    }

    /**
     * dL/dz of the last {@link #backward}; not written when the loss differentiated through the
     * activation itself (then the loss's gradient is dL/dz: {@link #backwardFromPreActivation}).
     */
    public DMatrixRMaj preActivationGradient() {
        return gradZ;
    }

    /** dL/d(input) of the last backward pass; not written for the first layer, which does not propagate. */
    public DMatrixRMaj inputGradient() {
        return gradInput;
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    public int inputs() {
        return inputs;
    }

    public int units() {
        return units;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }
}
