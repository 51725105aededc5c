package dev.chainrule.engine.optim;

import dev.chainrule.engine.layer.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Adam (Kingma &amp; Ba 2015, "Adam: A Method for Stochastic Optimization", ICLR) with bias
 * correction, epsilon placed as in PyTorch's implementation:
 * <pre>
 *   t += 1
 *   m = β1·m + (1 − β1)·g
 *   v = β2·v + (1 − β2)·g²
 *   w -= lr / (1 − β1ᵗ) · m / (sqrt(v) / sqrt(1 − β2ᵗ) + ε)
 * </pre>
 * {@code t} counts steps (batches) from 1. The division by sqrt(1 − β2ᵗ) is done as a
 * multiplication by its inverse, computed once per step.
 */
public final class Adam implements Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final List<DMatrixRMaj> firstMoments = new ArrayList<>();
    private final List<DMatrixRMaj> secondMoments = new ArrayList<>();
    private int t;
    // the same parameters as an array: no list access per step
    private Parameter[] parameterArray = new Parameter[0];

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void initialise(List<Parameter> parameters) {
        firstMoments.clear();
        secondMoments.clear();
        for (Parameter p : parameters) {
            firstMoments.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
            secondMoments.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
        }
        parameterArray = parameters.toArray(new Parameter[0]);
        t = 0;
    }

    @Override
    public void step() {
        step(null);
    }

    @Override
    public void step(double[] gradientSquareSums) {
        t++;
        // per-step scalars, once: lr/(1 − β1ᵗ) and 1/sqrt(1 − β2ᵗ) (a multiplication per element
        // instead of a division; differs from torch's division by rounding only, ~1e-16 relative)
        double stepSize = learningRate / biasCorrection1();
        double inverseSqrtBiasCorrection2 = 1.0 / Math.sqrt(biasCorrection2());
        for (int k = 0; k < parameterArray.length; k++) {
            Parameter p = parameterArray[k];
            double squares = update(p.value().data, p.gradient().data, firstMoments.get(k).data,
                    secondMoments.get(k).data, p.value().getNumElements(), stepSize, inverseSqrtBiasCorrection2);
            if (gradientSquareSums != null) {
                gradientSquareSums[k] = squares;
            }
        }
    }

    // one fused pass over w, g, m, v (each element read and written once), written as a plain
    // counted loop over locals so that C2 compiles it to vector code (sqrt and division included);
    // returns Σ g² (almost free here: g is in a register)
    private double update(double[] w, double[] g, double[] m, double[] v, int n, double stepSize,
            double inverseSqrtBiasCorrection2) {
        double b1 = beta1;
        double b2 = beta2;
        double c1 = 1.0 - beta1;
        double c2 = 1.0 - beta2;
        double eps = epsilon;
        double squares = 0.0;
        for (int i = 0; i < n; i++) {
            double gi = g[i];
            squares += gi * gi;
            // m = β1·m + (1 − β1)·g ;  v = β2·v + (1 − β2)·g²
            double mi = b1 * m[i] + c1 * gi;
            double vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            // w -= lr/(1 − β1ᵗ) · m / (sqrt(v)·(1/sqrt(1 − β2ᵗ)) + ε)
            w[i] -= stepSize * (mi / (Math.sqrt(vi) * inverseSqrtBiasCorrection2 + eps));
        }
        return squares;
    }

    /** Steps taken: t of the last step (0 before the first). */
    public int steps() {
        return t;
    }

    /** 1 − β1ᵗ of the last step: m / (1 − β1ᵗ) is the bias-corrected first moment m̂. */
    public double biasCorrection1() {
        return 1.0 - Math.pow(beta1, t);
    }

    /** 1 − β2ᵗ of the last step: v / (1 − β2ᵗ) is the bias-corrected second moment v̂. */
    public double biasCorrection2() {
        return 1.0 - Math.pow(beta2, t);
    }

    /** The first moment m of parameter {@code k} (in {@link #initialise}'s order) after the last step, a copy. */
    public double[] firstMoment(int k) {
        return firstMoments.get(k).data.clone();
    }

    /** The second moment v of parameter {@code k} after the last step, a copy. */
    public double[] secondMoment(int k) {
        return secondMoments.get(k).data.clone();
    }

    @Override
    public void reset() {
        firstMoments.forEach(DMatrixRMaj::zero);
        secondMoments.forEach(DMatrixRMaj::zero);
        t = 0;
    }
}
