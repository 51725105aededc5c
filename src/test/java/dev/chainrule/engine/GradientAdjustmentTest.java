package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.optim.GradientClipping;
import dev.chainrule.engine.optim.WeightDecay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clipping and weight decay on hand-computed 2×2 values (their PyTorch parity is in PyTorchParityTest). */
class GradientAdjustmentTest {

    private static Parameter parameter(boolean weight, double[] value, double[] gradient) {
        Parameter p = new Parameter(weight ? "W" : "b", 1, value.length, weight);
        System.arraycopy(value, 0, p.value().data, 0, value.length);
        System.arraycopy(gradient, 0, p.gradient().data, 0, gradient.length);
        return p;
    }

    @Test
    void givenGradientsBeyondTheThresholdWhenClippingByValueThenEachElementIsClamped() {
        Parameter w = parameter(true, new double[] {1, 1}, new double[] {3.0, -0.2});
        Parameter b = parameter(false, new double[] {0, 0}, new double[] {-7.0, 0.5});

        GradientClipping.byValue(List.of(w, b), 0.5);

        assertThat(w.gradient().data).containsExactly(0.5, -0.2);
        assertThat(b.gradient().data).containsExactly(-0.5, 0.5);
    }

    @Test
    void givenAGlobalNormOfFiveWhenClippingByNormToOneThenAllGradientsShrinkTogetherBiasesIncluded() {
        // ‖(3, 0, 0, 4)‖ = 5 over weight and bias together
        Parameter w = parameter(true, new double[] {1, 1}, new double[] {3.0, 0.0});
        Parameter b = parameter(false, new double[] {0, 0}, new double[] {0.0, 4.0});

        double norm = GradientClipping.byNorm(List.of(w, b), 1.0);

        // scale = 1 / (5 + 1e-6), as torch.nn.utils.clip_grad_norm_
        double scale = 1.0 / (5.0 + 1e-6);
        assertThat(norm).isEqualTo(5.0);
        assertThat(w.gradient().data).containsExactly(3.0 * scale, 0.0);
        assertThat(b.gradient().data).containsExactly(0.0, 4.0 * scale);
    }

    @Test
    void givenANormBelowTheThresholdWhenClippingByNormThenNothingChanges() {
        Parameter w = parameter(true, new double[] {1, 1}, new double[] {0.3, 0.4});

        GradientClipping.byNorm(List.of(w), 0.5 + 2e-6);

        assertThat(w.gradient().data).containsExactly(0.3, 0.4);
    }

    @Test
    void givenWeightsAndBiasesWhenDecayingThenOnlyWeightGradientsGainLambdaTimesTheWeight() {
        Parameter w = parameter(true, new double[] {2.0, -4.0}, new double[] {0.1, 0.1});
        Parameter b = parameter(false, new double[] {5.0, 5.0}, new double[] {0.1, 0.1});

        WeightDecay.apply(List.of(w, b), 0.01);

        // g = 0.1 + 0.01·w
        assertThat(w.gradient().data[0]).isCloseTo(0.12, within(1e-17));
        assertThat(w.gradient().data[1]).isCloseTo(0.06, within(1e-17));
        assertThat(b.gradient().data).containsExactly(0.1, 0.1);
        assertThat(w.value().data).containsExactly(2.0, -4.0);
    }
}
