package dev.chainrule.engine.layer;

/**
 * tanh and the expm1 it is built on, as pure Java, following fdlibm 5.3's algorithms
 * (s_tanh.c, s_expm1.c; Sun Microsystems, freely distributable), which is what
 * {@code StrictMath.tanh} computes.
 *
 * <p>Why: on JDK 17 {@code Math.tanh} is {@code StrictMath.tanh}, a native method, and its
 * call overhead was a third of the W2 workload's time; the same steps in Java are inlined
 * by the JIT. Because the operations and constants are fdlibm's, the results are the
 * correctly-ordered IEEE operations of StrictMath (checked bit for bit against it in
 * TanhTest), so trajectories do not change. Finite and non-finite inputs are handled.
 */
final class Tanh {

    private static final double TINY = 1.0e-300;
    private static final double HUGE = 1.0e+300;
    // ln2 split in a high part with trailing zero bits (k·LN2_HI is exact) and the rest
    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double INV_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
    private static final double O_THRESHOLD = Double.longBitsToDouble(0x40862e42fefa39efL);
    // the rational approximation's coefficients on [-0.5 ln2, 0.5 ln2]
    private static final double Q1 = Double.longBitsToDouble(0xbfa11111111110f4L);
    private static final double Q2 = Double.longBitsToDouble(0x3f5a01a019fe5585L);
    private static final double Q3 = Double.longBitsToDouble(0xbf14ce199eaadbb7L);
    private static final double Q4 = Double.longBitsToDouble(0x3ed0cfca86e65239L);
    private static final double Q5 = Double.longBitsToDouble(0xbe8afdb76e09c32dL);

    private Tanh() {
    }

    // tanh(x) = sign(x)·(1 − 2/(expm1(2|x|) + 2)) for |x| ≥ 1, = −expm1(−2|x|)/(expm1(−2|x|) + 2) below;
    // x itself below 2⁻⁵⁵ and ±1 from 22 on
    static double tanh(double x) {
        int jx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            // ±1 for ±∞, NaN for NaN
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3c800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    // expm1(x) = e^x − 1: x = k·ln2 + r with |r| ≤ 0.5 ln2, a rational approximation of
    // expm1(r) (its rounding error c carried), then 2^k·(expm1(r) + 1) − 1 assembled without cancellation
    static double expm1(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        // huge and non-finite arguments
        if (hx >= 0x4043687a) {
            if (hx >= 0x40862e42) {
                if (hx >= 0x7ff00000) {
                    boolean nan = ((hx & 0xfffff) | (int) Double.doubleToRawLongBits(x)) != 0;
                    return nan ? x + x : (xsb == 0 ? x : -1.0);
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (xsb != 0 && x + TINY < 0.0) {
                return TINY - 1.0;
            }
        }
        // argument reduction
        double hi;
        double lo;
        double c = 0.0;
        int k;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3ff0a2b2) {
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = xsb == 0 ? 1 : -1;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        // x is now in the primary range
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            return addToExponent(1.0 - (e - x), k) - 1.0;
        }
        if (k < 20) {
            // t = 1 − 2^−k
            double oneMinus = withHighWord(1.0, 0x3ff00000 - (0x200000 >> k));
            return addToExponent(oneMinus - (e - x), k);
        }
        // t = 2^−k
        double twoToMinusK = withHighWord(1.0, (0x3ff - k) << 20);
        return addToExponent(x - (e + twoToMinusK) + 1.0, k);
    }

    // y·2^k by adding k to the exponent field of the high word (y is normal, no overflow here)
    private static double addToExponent(double y, int k) {
        long bits = Double.doubleToRawLongBits(y);
        return Double.longBitsToDouble(bits + ((long) k << 52));
    }

    // d with its high 32 bits replaced, low 32 bits kept
    private static double withHighWord(double d, int high) {
        long low = Double.doubleToRawLongBits(d) & 0xffffffffL;
        return Double.longBitsToDouble(((long) high << 32) | low);
    }
}
