package dev.chainrule.engine.layer;

/**
 * tanh in pure Java, in two pieces, as Cephes' tanh.c (S. L. Moshier, Cephes Math Library;
 * freely usable):
 * <ul>
 *   <li>|x| &lt; 0.625: {@code x + x·x²·P(x²)/Q(x²)}, Cephes' rational approximation (P of
 *       degree 2, Q of degree 3);</li>
 *   <li>from 0.625 on: {@code 1 − 2/(e^{2|x|} + 1)} with the {@code Math.exp} intrinsic; from
 *       |x| ≈ 19 on this rounds to 1 by itself, and ±∞ and NaN come out as ±1 and NaN.</li>
 * </ul>
 * The sign is put back with {@code copySign}, so tanh(−0.0) = −0.0 and the function is exactly odd.
 *
 * <p>Why not {@code StrictMath.tanh} (fdlibm): on JDK 17 {@code Math.tanh} is that native
 * method, and its call overhead was a third of the time of the 2-8-8-1 tanh benchmark (batches of 10); a pure-Java port of
 * fdlibm's tanh/expm1 (used before) cost ~40–70 ns a call, half of that benchmark's time, through expm1's many
 * data-dependent branches. This version is one predictable branch, an exp and two divisions.
 *
 * <p>Accuracy: not bit for bit fdlibm's. Measured against StrictMath.tanh over millions of
 * arguments (TanhTest): at most 2 ulp apart; against a 120-bit reference (mpmath, 60,000
 * arguments in [0, 20)) at most 1.28 ulp from the exact value, where fdlibm's is 2.02.
 * Reproducible run to run: fixed IEEE operations plus {@code Math.exp}, which HotSpot
 * computes with the same routine in the interpreter and in compiled code (as for the
 * sigmoid, which already uses it); another JVM or platform may round exp differently.
 */
final class Tanh {

    // below this |x| the rational approximation, above it the exp form (Cephes' split: there
    // 1 − 2/(e^{2|x|}+1) ≥ 0.55 and its rounding errors stay within about an ulp)
    private static final double RATIONAL_LIMIT = 0.625;
    // tanh(x) ≈ x + x·x²·P(x²)/Q(x²) on |x| < 0.625, Q monic (Cephes tanh.c)
    private static final double P0 = -9.64399179425052238628E-1;
    private static final double P1 = -9.92877231001918586564E1;
    private static final double P2 = -1.61468768441708447952E3;
    private static final double Q0 = 1.12811678491632931402E2;
    private static final double Q1 = 2.23548839060100448583E3;
    private static final double Q2 = 4.84406305325125486048E3;

    private Tanh() {
    }

    static double tanh(double x) {
        double ax = Math.abs(x);
        double magnitude;
        if (ax < RATIONAL_LIMIT) {
            double z = ax * ax;
            double p = (P0 * z + P1) * z + P2;
            double q = ((z + Q0) * z + Q1) * z + Q2;
            magnitude = ax + ax * (z * p / q);
        } else {
            // NaN also lands here (comparisons with NaN are false) and stays NaN
            magnitude = 1.0 - 2.0 / (Math.exp(2.0 * ax) + 1.0);
        }
        return Math.copySign(magnitude, x);
    }
}
