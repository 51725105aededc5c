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
    private final List<DMatrixRMaj> velocities = new ArrayList<>();
    private boolean firstStep = true;
    private Parameter[] parameterArray = new Parameter[0];
    private double[][] velocityArray = new double[0][];

    public Sgd(double learningRate, double momentum) {
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void initialise(List<Parameter> parameters) {
        velocities.clear();
        for (Parameter p : parameters) {
            velocities.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
        }
        parameterArray = parameters.toArray(new Parameter[0]);
        velocityArray = new double[velocities.size()][];
        for (int k = 0; k < velocityArray.length; k++) {
            velocityArray[k] = velocities.get(k).data;
        }
        firstStep = true;
    }

    @Override
    public void step() {
        step(null);
    }

    @Override
    public void step(double[] gradientSquareSums) {
        double lr = learningRate;
        double mu = momentum;
        // arrays, not lists: for a tiny network this loop is a good part of a step
        for (int k = 0; k < parameterArray.length; k++) {
            Parameter p = parameterArray[k];
            double[] w = p.value().data;
            double[] g = p.gradient().data;
            int n = p.value().getNumElements();
            // Σ g² alongside (for the gradient norms)
            double squares = 0.0;
            if (mu == 0.0) {
                // w -= lr·g
                for (int i = 0; i < n; i++) {
                    squares += g[i] * g[i];
                    w[i] -= lr * g[i];
                }
            } else {
                // v = g on the first step, then v = μ·v + g;  w -= lr·v
                double[] v = velocityArray[k];
                for (int i = 0; i < n; i++) {
                    squares += g[i] * g[i];
                    v[i] = firstStep ? g[i] : mu * v[i] + g[i];
                    w[i] -= lr * v[i];
                }
            }
            if (gradientSquareSums != null) {
                gradientSquareSums[k] = squares;
            }
        }
        firstStep = false;
    }

    /** The velocity of parameter {@code k} (in {@link #initialise}'s order) after the last step, a copy; zeros before the first. */
    public double[] velocity(int k) {
        return velocityArray[k].clone();
    }

    /** Whether the next step is the first, which starts the velocity at the gradient itself. */
    public boolean isFirstStep() {
        return firstStep;
    }

    @Override
    public void reset() {
        velocities.forEach(DMatrixRMaj::zero);
        firstStep = true;
    }
}
