package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.engine.layer.Dropout;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inverted dropout by its statistics, on 100,000 values with a fixed seed: the share of kept
 * values is 1 − rate, survivors are scaled by 1 / (1 − rate) so the mean activation is
 * preserved, the gradient passes exactly where the value did, and evaluation is the identity.
 * Bounds are 6 standard errors of the Bernoulli mean, so they hold for any seed in practice.
 */
class DropoutStatisticsTest {

    private static final int ROWS = 200;
    private static final int COLS = 500;
    private static final double N = ROWS * COLS;

    private static DMatrixRMaj filled(double value) {
        DMatrixRMaj m = new DMatrixRMaj(ROWS, COLS);
        m.fill(value);
        return m;
    }

    @ParameterizedTest(name = "rate {0}")
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.8})
    void keepsOneMinusRateOfTheValuesAndPreservesTheMean(double rate) {
        // given dropout seeded like a run, and inputs of 2.0
        Dropout dropout = new Dropout(rate);
        dropout.useRandom(new SplittableRandom(7));
        DMatrixRMaj input = filled(2.0);

        // when one training-mode forward pass runs
        DMatrixRMaj output = dropout.forward(input, true);

        // then every value is 0 or scaled by 1/(1 − rate), kept with probability 1 − rate
        double scaled = 2.0 / (1.0 - rate);
        int kept = 0;
        double sum = 0;
        for (int i = 0; i < output.getNumElements(); i++) {
            double v = output.data[i];
            assertThat(v == 0.0 || v == scaled).as("value %s", v).isTrue();
            kept += v == 0.0 ? 0 : 1;
            sum += v;
        }
        double keepStandardError = Math.sqrt(rate * (1 - rate) / N);
        assertThat(kept / N).isCloseTo(1.0 - rate, within(6 * keepStandardError));
        // E[out] = (1 − rate) · 2/(1 − rate) = 2; its standard error is scaled · keepStandardError
        assertThat(sum / N).isCloseTo(2.0, within(6 * scaled * keepStandardError));
    }

    @Test
    void theGradientFlowsExactlyWhereTheValueWasKept() {
        Dropout dropout = new Dropout(0.4);
        dropout.useRandom(new SplittableRandom(3));
        DMatrixRMaj output = dropout.forward(filled(1.0), true).copy();

        DMatrixRMaj gradient = dropout.backward(filled(1.0));

        // dL/dx = dL/dout ⊙ mask, and the mask is what scaled the input
        for (int i = 0; i < output.getNumElements(); i++) {
            assertThat(gradient.data[i]).isEqualTo(output.data[i]);
        }
    }

    @Test
    void evaluationModeIsTheIdentity() {
        Dropout dropout = new Dropout(0.5);
        dropout.useRandom(new SplittableRandom(1));
        DMatrixRMaj input = filled(0.25);

        assertThat(dropout.forward(input, false)).isSameAs(input);
        DMatrixRMaj gradient = filled(3.0);
        assertThat(dropout.backward(gradient)).isSameAs(gradient);
    }

    @Test
    void aNetworkPredictsWithoutDropout() {
        // the same weights with and without a dropout layer give the same predictions
        List<DenseWeights> weights = List.of(
                new DenseWeights(new double[][] {{0.3, -0.7, 0.2}, {0.5, 0.1, -0.4}}, new double[] {0.1, 0.0, -0.1}),
                new DenseWeights(new double[][] {{0.4}, {0.6}, {-0.2}}, new double[] {0.1}));
        Network withDropout = Network.create(new NetworkSpec(2, List.of(new DenseSpec(3, Activation.RELU),
                new DropoutSpec(0.9), new DenseSpec(1, Activation.SIGMOID))), weights);
        Network without = Network.create(new NetworkSpec(2, List.of(new DenseSpec(3, Activation.RELU),
                new DenseSpec(1, Activation.SIGMOID))), weights);

        double[] x = {0.8, 0.4};
        assertThat(withDropout.predict(x)).containsExactly(without.predict(x));
        assertThat(withDropout.predict(x)).containsExactly(withDropout.predict(x));
    }
}
