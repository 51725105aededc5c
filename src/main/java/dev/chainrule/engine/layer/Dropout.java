package dev.chainrule.engine.layer;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Inverted dropout (Srivastava et al. 2014, "Dropout: A Simple Way to Prevent Neural Networks
 * from Overfitting", JMLR): in training each value is kept with probability 1 - rate and
 * scaled by 1 / (1 - rate), so evaluation needs no rescaling and is the identity.
 */
public final class Dropout implements Layer {

    private final double rate;
    private SplittableRandom random = new SplittableRandom(0);
    private boolean lastWasTraining;

    // mask_i ∈ {0, 1/(1-rate)}, reshaped per batch size
    private final DMatrixRMaj mask = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj output = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);

    public Dropout(double rate) {
        this.rate = rate;
    }

    /** The source of masks; the trainer seeds it per run so runs are reproducible. */
    public void useRandom(SplittableRandom random) {
        this.random = random;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj input, boolean training) {
        lastWasTraining = training && rate > 0.0;
        if (!lastWasTraining) {
            return input;
        }
        int n = input.getNumElements();
        mask.reshape(input.numRows, input.numCols);
        output.reshape(input.numRows, input.numCols);
        double scale = 1.0 / (1.0 - rate);
        double[] m = mask.data;
        // mask_i = 0 when u_i < rate, u_i uniform on {0, …, 2³²−1}/2³²: each 64-bit draw gives
        // two such u (half the generator calls of one nextDouble per value); P(drop) = T/2³²,
        // within 1.2e-10 of rate
        long threshold = Math.round(rate * 0x1p32);
        long scaleBits = Double.doubleToRawLongBits(scale);
        // out = x ⊙ mask in the same loop: the generator's chain of dependent steps leaves the
        // core idle enough to do the products alongside (a separate pass re-read the mask)
        double[] x = input.data;
        double[] out = output.data;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            long bits = random.nextLong();
            double m0 = Double.longBitsToDouble(scaleBits & keepMask(bits & 0xffffffffL, threshold));
            double m1 = Double.longBitsToDouble(scaleBits & keepMask(bits >>> 32, threshold));
            m[i] = m0;
            m[i + 1] = m1;
            out[i] = x[i] * m0;
            out[i + 1] = x[i + 1] * m1;
        }
        if (i < n) {
            m[i] = Double.longBitsToDouble(scaleBits & keepMask(random.nextLong() >>> 32, threshold));
            out[i] = x[i] * m[i];
        }
        return output;
    }

    // all ones when u ≥ threshold (kept: the mask keeps scale's bits), 0 when u < threshold
    // (dropped: +0.0), without a branch: a branch on a random bit is mispredicted half the time,
    // and C2 compiles "c ? 0.0 : s" to one. u − threshold < 0 exactly when u < threshold
    private static long keepMask(long u, long threshold) {
        return ~((u - threshold) >> 63);
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        if (!lastWasTraining) {
            return gradOutput;
        }
        // dL/dx = dL/dout ⊙ mask
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        double[] g = gradOutput.data;
        double[] m = mask.data;
        double[] out = gradInput.data;
        for (int i = 0, n = gradOutput.getNumElements(); i < n; i++) {
            out[i] = g[i] * m[i];
        }
        return gradInput;
    }

    /** The mask of the last forward pass (0 or 1/(1 − rate) per value), or null when it dropped nothing (evaluation, rate 0). */
    public DMatrixRMaj lastMask() {
        return lastWasTraining ? mask : null;
    }

    /** dL/d(input) of the last backward pass, or null when that pass handed the gradient through unchanged. */
    public DMatrixRMaj inputGradient() {
        return lastWasTraining ? gradInput : null;
    }

    public double rate() {
        return rate;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
