package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative comparison of doubles and arrays for the oracle tests. */
final class Close {

    static final double RELATIVE = 1e-12;

    private Close() {
    }

    // |actual − expected| ≤ tol·|expected|   (exact match required when expected is 0)
    static void assertClose(double actual, double expected, String what) {
        double allowed = RELATIVE * Math.abs(expected);
        assertThat(Math.abs(actual - expected))
                .as("%s: actual %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(allowed);
    }

    static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertClose(actual[i], expected[i], what + "[" + i + "]");
        }
    }

    static void assertClose(double[][] actual, double[][] expected, String what) {
        assertThat(actual.length).as(what + " rows").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(actual[i], expected[i], what + "[" + i + "]");
        }
    }
}
