package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.layer.ActivationFunction;
import dev.chainrule.engine.layer.Activations;
import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.loss.MeanSquaredError;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Analytic gradients against central differences, for every activation, loss and layer kind. */
class GradientCheckTest {

    private static final double TOLERANCE = 1e-6;

    // a batch of 4 examples, 3 features, 3 outputs; no value close to an activation's kink
    private static final double[][] X = {{0.5, -1.2, 0.3}, {-0.7, 0.4, 1.1}, {1.5, 0.2, -0.6}, {0.1, -0.3, 0.8}};
    private static final double[][] Y = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}};

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationWithMse(Activation activation) {
        // given 3 → 5 (activation) → 3 (activation), MSE
        NetworkSpec spec = new NetworkSpec(3, List.of(new DenseSpec(5, activation), new DenseSpec(3, activation)));

        GradientCheck.Result result = check(Network.create(spec, Init.XAVIER, 7), LossKind.MSE, false);

        assertThat(result.maxRelativeError()).as(result.toString()).isLessThan(TOLERANCE);
    }

    @Test
    void sigmoidWithBinaryCrossEntropy() {
        NetworkSpec spec = new NetworkSpec(3, List.of(new DenseSpec(4, Activation.TANH),
                new DenseSpec(3, Activation.SIGMOID)));

        GradientCheck.Result result = check(Network.create(spec, Init.XAVIER, 8), LossKind.BCE, false);

        assertThat(result.maxRelativeError()).as(result.toString()).isLessThan(TOLERANCE);
    }

    @Test
    void softmaxWithCrossEntropy() {
        NetworkSpec spec = new NetworkSpec(3, List.of(new DenseSpec(4, Activation.LEAKY_RELU),
                new DenseSpec(3, Activation.SOFTMAX)));

        GradientCheck.Result result = check(Network.create(spec, Init.HE, 9), LossKind.CROSS_ENTROPY, false);

        assertThat(result.maxRelativeError()).as(result.toString()).isLessThan(TOLERANCE);
    }

    @Test
    void dropoutWithAFixedMask() {
        // the mask source is re-seeded before every pass, so every pass drops the same units
        NetworkSpec spec = new NetworkSpec(3, List.of(new DenseSpec(6, Activation.TANH), new DropoutSpec(0.5),
                new DenseSpec(3, Activation.LINEAR)));

        GradientCheck.Result result = check(Network.create(spec, Init.XAVIER, 10), LossKind.MSE, true);

        assertThat(result.maxRelativeError()).as(result.toString()).isLessThan(TOLERANCE);
    }

    @Test
    void theCheckCatchesABrokenGradient() {
        // given a sigmoid whose derivative forgets the (1 − a) factor
        ActivationFunction broken = new ActivationFunction() {
            public void forward(DMatrixRMaj z, DMatrixRMaj a) {
                Activations.SIGMOID.forward(z, a);
            }

            public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
                for (int i = 0; i < z.getNumElements(); i++) {
                    gradZ.data[i] = gradA.data[i] * a.data[i];
                }
            }
        };
        Dense dense = new Dense(1, 3, 3, broken, false);
        double[] w = new SplittableRandom(3).doubles(9, -1, 1).toArray();
        System.arraycopy(w, 0, dense.weight().value().data, 0, 9);
        DMatrixRMaj x = new DMatrixRMaj(X);
        DMatrixRMaj y = new DMatrixRMaj(Y);
        Loss mse = new MeanSquaredError();

        // when the check runs on it
        GradientCheck.Result result = GradientCheck.run(dense.parameters(),
                () -> mse.lossAndGradient(null, dense.forward(x, false), y).loss(),
                () -> {
                    dense.parameters().forEach(p -> p.zeroGradient());
                    LossAndGradient lg = mse.lossAndGradient(null, dense.forward(x, true), y);
                    dense.backward(lg.gradient());
                });

        // then it reports a large error
        assertThat(result.maxRelativeError()).as(result.toString()).isGreaterThan(0.1);
    }

    private static GradientCheck.Result check(Network network, LossKind kind, boolean training) {
        Loss loss = TrainingParts.loss(kind);
        DMatrixRMaj x = new DMatrixRMaj(X);
        DMatrixRMaj y = new DMatrixRMaj(Y);
        Runnable reseed = () -> network.useTrainingRandom(new SplittableRandom(5));
        return GradientCheck.run(network.parameters(),
                () -> {
                    reseed.run();
                    DMatrixRMaj p = network.forward(x, training);
                    return loss.lossAndGradient(network.logits(), p, y).loss();
                },
                () -> {
                    reseed.run();
                    network.zeroGradients();
                    DMatrixRMaj p = network.forward(x, training);
                    network.backward(loss.lossAndGradient(network.logits(), p, y));
                });
    }
}
