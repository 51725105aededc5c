package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.engine.spec.DenseWeights;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Final weights as bytes: every bit of every double comes back, and damaged bytes are refused. */
class FinalWeightsCodecTest {

    @Test
    void everyBitComesBackIncludingNaNPayloadsNegativeZeroAndInfinities() {
        double oddNaN = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        List<DenseWeights> weights = List.of(
                new DenseWeights(new double[][] {{0.1, -0.0, oddNaN}, {Double.MIN_VALUE, Double.MAX_VALUE, -1e-300}},
                        new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}),
                new DenseWeights(random(3, 1, 7), new double[] {Math.PI}));

        List<DenseWeights> back = FinalWeightsCodec.decode(FinalWeightsCodec.encode(weights));

        assertThat(back).hasSize(2);
        for (int l = 0; l < weights.size(); l++) {
            assertThat(bits(back.get(l).W())).isEqualTo(bits(weights.get(l).W()));
            assertThat(bits(back.get(l).b())).isEqualTo(bits(weights.get(l).b()));
        }
    }

    @Test
    void eightBytesAParameterAndTheInputWidthInTheFirstTwelve() {
        List<DenseWeights> weights = List.of(new DenseWeights(random(784, 16, 1), new double[16]),
                new DenseWeights(random(16, 10, 2), new double[10]));
        byte[] bytes = FinalWeightsCodec.encode(weights);
        assertThat(bytes).hasSize(8 + 2 * 8 + 8 * (784 * 16 + 16 + 16 * 10 + 10));
        assertThat(FinalWeightsCodec.firstInputs(Arrays.copyOf(bytes, 12))).isEqualTo(784);
        assertThat(FinalWeightsCodec.firstInputs("{\"weights\"".getBytes())).isEqualTo(-1);
    }

    @Test
    void damagedBytesAreRefusedWithAMessage() {
        byte[] bytes = FinalWeightsCodec.encode(List.of(new DenseWeights(new double[][] {{1, 2}}, new double[] {3, 4})));
        assertThatThrownBy(() -> FinalWeightsCodec.decode(Arrays.copyOf(bytes, bytes.length - 1)))
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> FinalWeightsCodec.decode(Arrays.copyOf(bytes, 6))).hasMessageContaining("damaged");
        assertThatThrownBy(() -> FinalWeightsCodec.decode("[{\"W\": [[1]]}]".getBytes())).hasMessageContaining("damaged");
    }

    private static double[][] random(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            Arrays.setAll(row, i -> random.nextGaussian());
        }
        return m;
    }

    private static long[][] bits(double[][] m) {
        return Arrays.stream(m).map(FinalWeightsCodecTest::bits).toArray(long[][]::new);
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
