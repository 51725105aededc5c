package dev.chainrule.engine;

import dev.chainrule.engine.layer.ActivationFunction;
import dev.chainrule.engine.layer.Activations;
import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.loss.MeanSquaredError;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A deliberately broken layer, for seeing the gradient check fail: a 3-4-1 network whose hidden
 * sigmoid differentiates as σ'(z) = σ(z), forgetting the factor (1 − σ(z)). Its forward pass, and so
 * its loss, is the right one; only backpropagation through the hidden layer is wrong, so W2 and b2
 * pass the check and W1 and b1 fail it.
 */
public final class BrokenSigmoidNetwork implements CheckedLoss {

    /** Forgets the (1 − a) of σ' = a·(1 − a). */
    static final ActivationFunction BROKEN_SIGMOID = new ActivationFunction() {
        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            Activations.SIGMOID.forward(z, a);
        }

        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            for (int i = 0; i < z.getNumElements(); i++) {
                gradZ.data[i] = gradA.data[i] * a.data[i];
            }
        }
    };

    private final Dense hidden = new Dense(1, 3, 4, BROKEN_SIGMOID, false);
    private final Dense output = new Dense(2, 4, 1, Activations.SIGMOID, true);
    private final MeanSquaredError mse = new MeanSquaredError();
    private final DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.5, -1.2, 0.3}, {-0.7, 0.4, 1.1}, {1.5, 0.2, -0.6}});
    private final DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1}, {0}, {1}});

    public BrokenSigmoidNetwork() {
        SplittableRandom random = new SplittableRandom(3);
        for (Dense dense : denseLayers()) {
            double[] w = dense.weight().value().data;
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextDouble(-1, 1);
            }
        }
    }

    @Override
    public List<Dense> denseLayers() {
        return List.of(hidden, output);
    }

    @Override
    public int examples() {
        return x.numRows;
    }

    @Override
    public double loss(BitSet branches) {
        return mse.computeLossAndGradient(null, output.forward(hidden.forward(x, false), false), y);
    }

    @Override
    public void backpropagate() {
        hidden.parameters().forEach(p -> p.zeroGradient());
        output.parameters().forEach(p -> p.zeroGradient());
        mse.computeLossAndGradient(null, output.forward(hidden.forward(x, true), true), y);
        hidden.backward(output.backward(mse.gradient()));
    }
}
