package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.Task;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An upload may have 200,000 rows: the boundary is sent a fixed, representative sample of them. */
class BoundarySampleTest {
    private static final int ROWS = 200_000;

    @Test
    void twoHundredThousandRowsBecomeAtMostTwoThousandTheSameEveryTimeWithEveryClassAndTheFullRange() {
        double[][] xy = points();
        int[] labels = new int[ROWS];
        Arrays.setAll(labels, i -> i % 2);
        labels[12_345] = 2; // a class of three rows, far apart: a plain stride would miss it
        labels[123_457] = 2;
        labels[199_999] = 2;

        BoundarySample sample = BoundarySample.of(xy, labels, BoundarySample.MAX_POINTS);

        assertThat(sample.size()).isBetween(1_900, BoundarySample.MAX_POINTS);
        assertThat(BoundarySample.of(xy, labels, BoundarySample.MAX_POINTS)).isEqualTo(sample);
        assertThat(Arrays.stream(sample.indices()).map(i -> labels[i]).distinct().sorted().toArray()).containsExactly(0, 1, 2);
        assertThat(sample.indices()).isSorted().doesNotHaveDuplicates();
        // the range is the whole data's, including the two outliers that the sample may leave out
        assertThat(sample.xMin()).isEqualTo(-50.0);
        assertThat(sample.xMax()).isEqualTo(40.0);
        assertThat(sample.yMin()).isEqualTo(Arrays.stream(xy).mapToDouble(p -> p[1]).min().orElseThrow());
        assertThat(sample.yMax()).isEqualTo(Arrays.stream(xy).mapToDouble(p -> p[1]).max().orElseThrow());
        // the classes keep their shares: about half and half
        long ones = Arrays.stream(sample.indices()).filter(i -> labels[i] == 1).count();
        assertThat(ones).isBetween(950L, 1_050L);
    }

    @Test
    void regressionIsSampledEvenlyAndSmallDataIsSentWhole() {
        double[][] xy = points();
        BoundarySample sample = BoundarySample.of(xy, null, BoundarySample.MAX_POINTS);
        assertThat(sample.size()).isEqualTo(BoundarySample.MAX_POINTS);
        assertThat(sample.indices()[1] - sample.indices()[0]).isEqualTo(ROWS / BoundarySample.MAX_POINTS);

        double[][] few = Arrays.copyOf(xy, 300);
        assertThat(BoundarySample.of(few, new int[300], BoundarySample.MAX_POINTS).indices())
                .containsExactly(IntStream.range(0, 300).toArray());
    }

    @Test
    void theChartSendsAtMostTwoThousandPoints() {
        double[][] xy = points();
        double[] labels = new double[ROWS];
        Arrays.setAll(labels, i -> i % 3);
        BoundaryChart chart = new BoundaryChart();

        chart.setPoints(xy, labels, Task.MULTICLASS);

        assertThat(chart.getPointUpdates()).isEqualTo(1);
        assertThat(chart.getPointsSent()).isBetween(1, BoundarySample.MAX_POINTS);
    }

    private static double[][] points() {
        Random random = new Random(3);
        double[][] xy = new double[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            xy[i] = new double[] {random.nextDouble() * 10 - 5, random.nextGaussian()};
        }
        xy[7] = new double[] {-50, 0};
        xy[150_001] = new double[] {40, 0};
        return xy;
    }
}
