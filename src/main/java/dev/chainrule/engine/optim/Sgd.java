package dev.chainrule.engine.optim;

import dev.chainrule.engine.layer.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Stochastic gradient descent with momentum in PyTorch's form (Sutskever et al. 2013, "On the
 * importance of initialization and momentum in deep learning", ICML): the first step uses
 * {@code v = g}, later steps {@code v = μ·v + g}; then {@code w -= lr·v}.
 * With μ = 0 no buffer is kept and the update is {@code w -= lr·g}.
 */
public final class Sgd implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private List<Parameter> parameters = List.of();
    private final List<DMatrixRMaj> velocities = new ArrayList<>();
    private boolean firstStep = true;

    public Sgd(double learningRate, double momentum) {
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void initialise(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        velocities.clear();
        for (Parameter p : this.parameters) {
            velocities.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
        }
        firstStep = true;
    }

    @Override
    public void step() {
        for (int k = 0; k < parameters.size(); k++) {
            double[] w = parameters.get(k).value().data;
            double[] g = parameters.get(k).gradient().data;
            double[] v = velocities.get(k).data;
            int n = parameters.get(k).value().getNumElements();
            for (int i = 0; i < n; i++) {
                if (momentum == 0.0) {
                    // w -= lr·g
                    w[i] -= learningRate * g[i];
                } else {
                    // v = g on the first step, then v = μ·v + g;  w -= lr·v
                    v[i] = firstStep ? g[i] : momentum * v[i] + g[i];
                    w[i] -= learningRate * v[i];
                }
            }
        }
        firstStep = false;
    }

    @Override
    public void reset() {
        velocities.forEach(DMatrixRMaj::zero);
        firstStep = true;
    }
}
