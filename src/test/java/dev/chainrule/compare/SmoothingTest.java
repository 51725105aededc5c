package dev.chainrule.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmoothingTest {

    @Test
    void theFirstSmoothedValueIsTheFirstValueAndAConstantStaysConstant() {
        double[] smoothed = Smoothing.debiasedEma(new double[] {0.7, 0.7, 0.7, 0.7, 0.7}, 0.9);

        assertThat(smoothed[0]).isEqualTo(0.7);
        for (double s : smoothed) {
            assertThat(s).isCloseTo(0.7, within(1e-12));
        }
        assertThat(Smoothing.debiasedEma(new double[] {5, 1, 1}, 0.99)[0]).isEqualTo(5);
    }

    /** Weight 0.5 by hand: averages 0.5, 1.75, 1.875; divided by 1 − 0.5, 1 − 0.25, 1 − 0.125. */
    @Test
    void matchesTheAverageWorkedOutByHand() {
        assertThat(Smoothing.debiasedEma(new double[] {1, 3, 2}, 0.5))
                .containsExactly(new double[] {1, 1.75 / 0.75, 1.875 / 0.875}, within(1e-12));
    }

    @Test
    void aGapStaysAGapAndLeavesTheAverageAsItWas() {
        double[] withGap = Smoothing.debiasedEma(new double[] {1, Double.NaN, 3, 2}, 0.5);

        assertThat(withGap[1]).isNaN();
        assertThat(new double[] {withGap[0], withGap[2], withGap[3]})
                .containsExactly(Smoothing.debiasedEma(new double[] {1, 3, 2}, 0.5), within(1e-15));
    }

    @Test
    void weightZeroDrawsTheValuesAsTheyAre() {
        assertThat(Smoothing.debiasedEma(new double[] {3, -1, 8}, 0)).containsExactly(3, -1, 8);
    }

    @Test
    void theIncrementalAverageGivesTheSameNumbers() {
        double[] values = {0.9, 0.4, Double.NaN, 0.6, 0.1, 0.3};
        double[] whole = Smoothing.debiasedEma(values, 0.8);
        Smoothing.Ema ema = new Smoothing.Ema(0.8);
        double[] oneByOne = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            oneByOne[i] = ema.next(values[i]);
        }
        assertThat(oneByOne).containsExactly(whole); // boxed comparison: NaN equals NaN
        assertThat(oneByOne[2]).isNaN();
    }

    @Test
    void aWeightOutsideZeroToOneIsRefusedWithTheRange() {
        for (double bad : new double[] {1, -0.1, Double.NaN}) {
            assertThatThrownBy(() -> new Smoothing.Ema(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 0 and below 1");
        }
    }
}
