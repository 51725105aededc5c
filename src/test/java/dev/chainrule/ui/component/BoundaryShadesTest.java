package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.Task;
import org.junit.jupiter.api.Test;

/** A boundary picture travels as shades (or classes), compact, with nothing lost that its colours show. */
class BoundaryShadesTest {
    @Test
    void aProbabilityIsItsShadeOutOfAThousand() {
        assertThat(BoundaryChart.shades(new double[] {0, 0.25, 0.5004, 0.9996, 1}, Task.BINARY))
                .containsExactly(0, 250, 500, 1000, 1000);
    }

    @Test
    void aRegressionSpansTheShadesFromItsLowestToItsHighestValue() {
        assertThat(BoundaryChart.shades(new double[] {1000.1, 1000.3, 1000.5}, Task.REGRESSION)).containsExactly(0, 500, 1000);
        assertThat(BoundaryChart.shades(new double[] {-2e6, 0, 2e6}, Task.REGRESSION)).containsExactly(0, 500, 1000);
    }

    @Test
    void aFlatOrNonFiniteValueIsTheMiddleShade() {
        assertThat(BoundaryChart.shades(new double[] {3, 3}, Task.REGRESSION)).containsExactly(500, 500);
        assertThat(BoundaryChart.shades(new double[] {Double.NaN, 0, 1, Double.POSITIVE_INFINITY}, Task.REGRESSION))
                .containsExactly(500, 0, 1000, 500);
        assertThat(BoundaryChart.shades(new double[] {Double.NaN, 0.5}, Task.BINARY)).containsExactly(500, 500);
    }

    @Test
    void aMultiClassPictureKeepsItsClasses() {
        assertThat(BoundaryChart.shades(new double[] {0, 2, 1, Double.NaN}, Task.MULTICLASS)).containsExactly(0, 2, 1, 0);
    }
}
