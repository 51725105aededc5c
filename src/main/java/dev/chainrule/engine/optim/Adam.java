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
 * {@code t} counts steps (batches) from 1.
 */
public final class Adam implements Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private List<Parameter> parameters = List.of();
    private final List<DMatrixRMaj> firstMoments = new ArrayList<>();
    private final List<DMatrixRMaj> secondMoments = new ArrayList<>();
    private int t;

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void initialise(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        firstMoments.clear();
        secondMoments.clear();
        for (Parameter p : this.parameters) {
            firstMoments.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
            secondMoments.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
        }
        t = 0;
    }

    @Override
    public void step() {
        t++;
        double stepSize = learningRate / (1.0 - Math.pow(beta1, t));
        double sqrtBiasCorrection2 = Math.sqrt(1.0 - Math.pow(beta2, t));
        for (int k = 0; k < parameters.size(); k++) {
            double[] w = parameters.get(k).value().data;
            double[] g = parameters.get(k).gradient().data;
            double[] m = firstMoments.get(k).data;
            double[] v = secondMoments.get(k).data;
            for (int i = 0, n = parameters.get(k).value().getNumElements(); i < n; i++) {
                // m = β1·m + (1 − β1)·g ;  v = β2·v + (1 − β2)·g²
                m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i];
                // w -= lr/(1 − β1ᵗ) · m / (sqrt(v)/sqrt(1 − β2ᵗ) + ε)
                w[i] -= stepSize * (m[i] / (Math.sqrt(v[i]) / sqrtBiasCorrection2 + epsilon));
            }
        }
    }

    @Override
    public void reset() {
        firstMoments.forEach(DMatrixRMaj::zero);
        secondMoments.forEach(DMatrixRMaj::zero);
        t = 0;
    }
}
