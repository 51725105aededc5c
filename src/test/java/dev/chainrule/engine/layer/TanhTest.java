package dev.chainrule.engine.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java tanh must be StrictMath.tanh bit for bit (it replaces it in the TANH
 * activation, and the W2 trajectory and parity tests were written against StrictMath's
 * values): random doubles over every binade that tanh treats differently, the branch
 * boundaries, and the special values.
 */
class TanhTest {

    @Test
    void equalsStrictMathBitForBitOnRandomArguments() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 2_000_000; i++) {
            // exponents 2^-60 … 2^6 cover the x·(1+x), expm1(−2|x|), expm1(2|x|) and ±1 branches
            double magnitude = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-60, 7));
            double x = random.nextBoolean() ? magnitude : -magnitude;
            assertSame(x);
        }
        for (int i = 0; i < 1_000_000; i++) {
            // the range activations actually see
            assertSame(random.nextDouble(-8.0, 8.0));
        }
    }

    @Test
    void equalsStrictMathAtBoundariesAndSpecialValues() {
        double[] points = {0.0, -0.0, 1.0, -1.0, 22.0, -22.0, 0.5 * Math.log(2), 1.5 * Math.log(2), 0x1p-55, 0x1p-54,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 19.4, 0.34657359027997264, 38.8};
        for (double p : points) {
            assertSame(p);
            assertSame(Math.nextUp(p));
            assertSame(Math.nextDown(p));
        }
    }

    @Test
    void expm1EqualsStrictMathOverItsWholeRange() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            double x = random.nextDouble(-750.0, 720.0);
            assertThat(Double.doubleToRawLongBits(Tanh.expm1(x))).as("expm1(%s)", x)
                    .isEqualTo(Double.doubleToRawLongBits(StrictMath.expm1(x)));
            double small = Math.scalb(random.nextDouble(-1.0, 1.0), random.nextInt(-60, 2));
            assertThat(Double.doubleToRawLongBits(Tanh.expm1(small))).as("expm1(%s)", small)
                    .isEqualTo(Double.doubleToRawLongBits(StrictMath.expm1(small)));
        }
    }

    private static void assertSame(double x) {
        assertThat(Double.doubleToRawLongBits(Tanh.tanh(x))).as("tanh(%s)", x)
                .isEqualTo(Double.doubleToRawLongBits(StrictMath.tanh(x)));
    }
}
