package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.optim.Adam;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.optim.Sgd;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Optimizer steps on a 2×2 parameter, against values computed by hand. */
class OptimizerTest {

    private final Parameter w = new Parameter("w", 2, 2, true);

    @Test
    void sgdMomentumUsesTheGradientFirstThenAccumulates() {
        // given w = [[1, 2], [3, 4]], lr 0.5, μ 0.9
        set(w.value().data, 1, 2, 3, 4);
        Optimizer sgd = new Sgd(0.5, 0.9);
        sgd.initialise(List.of(w));

        // when step 1 sees g1 = [[0.1, 0.2], [0.3, 0.4]]
        set(w.gradient().data, 0.1, 0.2, 0.3, 0.4);
        sgd.step();

        // then v = g1, w = w − 0.5·g1
        assertValues(0.95, 1.9, 2.85, 3.8);

        // when step 2 sees g2 = [[1, −1], [0, 2]]
        set(w.gradient().data, 1, -1, 0, 2);
        sgd.step();

        // then v = 0.9·g1 + g2 = [[1.09, −0.82], [0.27, 2.36]], w −= 0.5·v
        assertValues(0.405, 2.31, 2.715, 2.62);
    }

    @Test
    void sgdResetMakesTheNextStepAFirstStep() {
        set(w.value().data, 0, 0, 0, 0);
        Optimizer sgd = new Sgd(1.0, 0.9);
        sgd.initialise(List.of(w));
        set(w.gradient().data, 1, 1, 1, 1);
        sgd.step();

        sgd.reset();
        sgd.step();

        // two first steps: w = 0 − 1 − 1 (not −1 − 1.9)
        assertValues(-2, -2, -2, -2);
    }

    @Test
    void adamFirstStepMovesEachWeightByAboutTheLearningRate() {
        // given g = [[0.5, −2], [1e-3, 0]], lr 0.1, β1 0.9, β2 0.999, ε 1e-8
        set(w.value().data, 1, 1, 1, 1);
        Optimizer adam = new Adam(0.1, 0.9, 0.999, 1e-8);
        adam.initialise(List.of(w));
        set(w.gradient().data, 0.5, -2, 1e-3, 0);

        adam.step();

        // then m̂ = g and v̂ = g², so w −= 0.1·g / (|g| + ε): almost 0.1·sign(g); g = 0 leaves w
        assertThat(w.value().data[0]).isCloseTo(1 - 0.1 * 0.5 / (0.5 + 1e-8), within(1e-12));
        assertThat(w.value().data[1]).isCloseTo(1 + 0.1 * 2 / (2 + 1e-8), within(1e-12));
        assertThat(w.value().data[2]).isCloseTo(1 - 0.1 * 1e-3 / (1e-3 + 1e-8), within(1e-12));
        assertThat(w.value().data[3]).isEqualTo(1.0);
    }

    @Test
    void adamSecondStepAppliesBiasCorrection() {
        // given one weight, g1 = 1 then g2 = 3, lr 1, β1 0.5, β2 0.5, ε 0 (for round numbers)
        Parameter p = new Parameter("p", 1, 1, true);
        Optimizer adam = new Adam(1.0, 0.5, 0.5, Double.MIN_VALUE);
        adam.initialise(List.of(p));
        p.gradient().data[0] = 1;
        adam.step();
        p.gradient().data[0] = 3;

        adam.step();

        // step 1: m = 0.5, v = 0.5 → w = 0 − 1/0.5 · 0.5/(sqrt(0.5)/sqrt(0.5)) = −1
        // step 2: m = 0.25 + 1.5 = 1.75, v = 0.25 + 4.5 = 4.75
        //         w = −1 − 1/(1 − 0.25) · 1.75 / (sqrt(4.75)/sqrt(0.75))
        double expected = -1 - (1 / 0.75) * 1.75 / (Math.sqrt(4.75) / Math.sqrt(0.75));
        assertThat(p.value().data[0]).isCloseTo(expected, within(1e-12));
    }

    private void assertValues(double... expected) {
        for (int i = 0; i < 4; i++) {
            assertThat(w.value().data[i]).as("w[%d]", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    private static void set(double[] target, double... values) {
        System.arraycopy(values, 0, target, 0, values.length);
    }
}
