package dev.chainrule.engine.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The dense layers' three matrix products on EJML's row-major {@link DMatrixRMaj}: large ones
 * through a BLAS {@code dgemm} (netlib: native OpenBLAS through JNI, or its pure-Java
 * VectorBLAS/Java11BLAS), small ones through {@link SmallProducts}' plain loops, which keep the
 * seed example bit-exact and avoid the call overhead.
 *
 * <p>BLAS is column-major; a row-major m × n array is the column-major n × m transpose, so
 * {@code C = A·B} is computed without copies as {@code Cᵀ = Bᵀ·Aᵀ}, i.e. dgemm with the
 * operands (and the dimensions) swapped. Results differ from EJML's by rounding only (about
 * 1e-15 relative: another summation order).
 *
 * <p>Which BLAS is used is decided once, when this class is first used, by the system
 * property {@value #PROPERTY}:
 * <ul>
 *   <li>{@code auto} (default): native if it loads and passes a speed check (so a
 *       {@code libblas.so.3} that points at the slow reference BLAS is not used), else
 *       netlib's pure-Java BLAS;</li>
 *   <li>{@code native}: native if it loads (no speed check), else pure Java;</li>
 *   <li>{@code java}: netlib's pure-Java BLAS (VectorBLAS with
 *       {@code --add-modules jdk.incubator.vector}, else Java11BLAS);</li>
 *   <li>{@code plain}: no BLAS at all; the large products through EJML.</li>
 * </ul>
 * {@link #implementationName()} says what was chosen and why; the application logs it at
 * start-up. Native OpenBLAS should run with {@code OPENBLAS_NUM_THREADS=1}.
 */
public final class MatrixProducts {

    /** The system property that selects the implementation: auto, native, java or plain. */
    public static final String PROPERTY = "chainrule.blas";

    /**
     * Products with fewer multiply-adds (m·n·k) than this run on plain loops ({@link SmallProducts}) (system
     * property {@code chainrule.blas.minMultiplyAdds} overrides it, for measuring). Measured on
     * the project machine (Xeon, AVX-512, native OpenBLAS, noisy): {@code GemmProbe --threshold}
     * has the JNI call at ~1–3 µs, so EJML wins at 4 (the seed) and 160 multiply-adds, and
     * BLAS wins by 2–5× from 1,728 (12³) up; end to end, the 2-8-8-1 benchmark on batches of 10 (largest
     * product 640) was faster with its products plain (best epoch 1.5 ms) than through BLAS
     * (2.5 ms). The 64-32-10 one on batches of 32 (≥ 9,280) and the 784-256-128-10 one on
     * batches of 64 go to BLAS.
     */
    public static final long BLAS_MIN_MULTIPLY_ADDS = Long.getLong(PROPERTY + ".minMultiplyAdds", 2_048L);

    /** Arrays shorter than this are summed in plain Java by {@link #sumOfSquares}. */
    static final int BLAS_MIN_LENGTH = 4_096;

    /** Below this rate (GFLOP/s, 192³, best of 5) a native BLAS is taken for the reference BLAS and not used in auto mode. */
    static final double NATIVE_MIN_GFLOPS = 8.0;

    private static final BLAS BLAS_IMPL;
    private static final String NAME;

    static {
        String requested = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        BLAS chosen;
        String name;
        switch (requested) {
            case "plain" -> {
                chosen = null;
                name = "plain (EJML CommonOps_DDRM for large products, BLAS disabled by " + PROPERTY + "=plain)";
            }
            case "java" -> {
                chosen = javaBlas();
                name = describe(chosen) + " (forced by " + PROPERTY + "=java)";
            }
            case "native" -> {
                BLAS nat = nativeBlas();
                if (nat != null) {
                    chosen = nat;
                    name = describe(nat) + " (forced by " + PROPERTY + "=native, no speed check)";
                } else {
                    chosen = javaBlas();
                    name = describe(chosen) + " (" + PROPERTY + "=native, but no native BLAS could be loaded)";
                }
            }
            default -> {
                String note = requested.equals("auto") ? "" : "unknown " + PROPERTY + "=" + requested + ", using auto; ";
                BLAS nat = nativeBlas();
                if (nat == null) {
                    chosen = javaBlas();
                    name = describe(chosen) + " (auto: " + note + "no native BLAS could be loaded)";
                } else {
                    double gflops = nativeSpeed(nat);
                    String rate = String.format(Locale.ROOT, "%.1f GFLOP/s", gflops);
                    if (gflops >= NATIVE_MIN_GFLOPS) {
                        chosen = nat;
                        name = describe(nat) + " (auto: " + note + "native " + rate + " at 192³)";
                    } else {
                        chosen = javaBlas();
                        name = describe(chosen) + " (auto: " + note + "native BLAS only " + rate
                                + " at 192³, below " + NATIVE_MIN_GFLOPS
                                + ": libblas.so.3 is probably the reference BLAS; install OpenBLAS)";
                    }
                }
            }
        }
        BLAS_IMPL = chosen;
        NAME = name;
    }

    private MatrixProducts() {
    }

    /** What computes the large products, and why, e.g. "native JNIBLAS (auto: native 30.1 GFLOP/s at 192³)". */
    public static String implementationName() {
        return NAME;
    }

    /** True when large products go through a native BLAS library. */
    public static boolean usesNativeBlas() {
        return BLAS_IMPL instanceof NativeBLAS;
    }

    /** True when large products go through a BLAS (native or pure Java), false for {@code plain}. */
    public static boolean usesBlas() {
        return BLAS_IMPL != null;
    }

    /**
     * c = a·b. a is m × k, b is k × n; c is reshaped to m × n (EJML's reshape: no allocation
     * when its array is large enough) and must not be a or b.
     */
    public static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (small(a.numRows, b.numCols, a.numCols)) {
            SmallProducts.mult(a, b, c);
        } else {
            multBlas(a, b, c);
        }
    }

    /** c += aᵀ·b. a is r × m, b is r × n, c is m × n (not a or b). */
    public static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (small(a.numCols, b.numCols, a.numRows)) {
            SmallProducts.multTransA(a, b, c, true);
        } else {
            multAddTransABlas(a, b, c);
        }
    }

    /** c = aᵀ·b. a is r × m, b is r × n, c is reshaped to m × n (not a or b); its old values are ignored. */
    public static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (small(a.numCols, b.numCols, a.numRows)) {
            SmallProducts.multTransA(a, b, c, false);
        } else {
            multTransABlas(a, b, c);
        }
    }

    /** c = a·bᵀ. a is m × k, b is n × k, c is reshaped to m × n (not a or b). */
    public static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (small(a.numRows, b.numRows, a.numCols)) {
            SmallProducts.multTransB(a, b, c);
        } else {
            multTransBBlas(a, b, c);
        }
    }

    // ---- the BLAS path whatever the size (for the probe and the tests; EJML when BLAS is disabled) ----

    /** {@link #mult} always through the selected BLAS. */
    public static void multBlas(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (BLAS_IMPL == null) {
            CommonOps_DDRM.mult(a, b, c);
            return;
        }
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numCols;
        requireShapes(k == b.numRows, "mult", a, b, c);
        c.reshape(m, n);
        // row-major C (m×n) = column-major Cᵀ (n×m) = Bᵀ (n×k) · Aᵀ (k×m)
        BLAS_IMPL.dgemm("N", "N", n, m, k, 1.0, b.data, 0, n, a.data, 0, k, 0.0, c.data, 0, n);
    }

    /** {@link #multAddTransA} always through the selected BLAS. */
    public static void multAddTransABlas(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (BLAS_IMPL == null) {
            CommonOps_DDRM.multAddTransA(a, b, c);
            return;
        }
        int r = a.numRows;
        int m = a.numCols;
        int n = b.numCols;
        requireShapes(r == b.numRows && c.numRows == m && c.numCols == n, "multAddTransA", a, b, c);
        // Cᵀ (n×m) += Bᵀ (n×r) · A (r×m); A's array read column-major is Aᵀ (m×r), hence "T"
        BLAS_IMPL.dgemm("N", "T", n, m, r, 1.0, b.data, 0, n, a.data, 0, m, 1.0, c.data, 0, n);
    }

    /** {@link #multTransA} always through the selected BLAS. */
    public static void multTransABlas(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (BLAS_IMPL == null) {
            CommonOps_DDRM.multTransA(a, b, c);
            return;
        }
        int r = a.numRows;
        int m = a.numCols;
        int n = b.numCols;
        requireShapes(r == b.numRows, "multTransA", a, b, c);
        c.reshape(m, n);
        // as multAddTransABlas with beta = 0: c's old values are not read
        BLAS_IMPL.dgemm("N", "T", n, m, r, 1.0, b.data, 0, n, a.data, 0, m, 0.0, c.data, 0, n);
    }

    /** {@link #multTransB} always through the selected BLAS. */
    public static void multTransBBlas(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (BLAS_IMPL == null) {
            CommonOps_DDRM.multTransB(a, b, c);
            return;
        }
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numRows;
        requireShapes(k == b.numCols, "multTransB", a, b, c);
        c.reshape(m, n);
        // Cᵀ (n×m) = B (n×k) · Aᵀ (k×m); B's array read column-major is Bᵀ (k×n), hence "T"
        BLAS_IMPL.dgemm("T", "N", n, m, k, 1.0, b.data, 0, k, a.data, 0, k, 0.0, c.data, 0, n);
    }

    /**
     * Σ data[i]² over the first n values (for gradient norms): BLAS ddot for long arrays,
     * otherwise four interleaved partial sums. The order of summation differs from a plain
     * loop's, so the result may differ in the last bits.
     */
    public static double sumOfSquares(double[] data, int n) {
        if (BLAS_IMPL != null && n >= BLAS_MIN_LENGTH) {
            return BLAS_IMPL.ddot(n, data, 0, 1, data, 0, 1);
        }
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += data[i] * data[i];
            s1 += data[i + 1] * data[i + 1];
            s2 += data[i + 2] * data[i + 2];
            s3 += data[i + 3] * data[i + 3];
        }
        for (; i < n; i++) {
            s0 += data[i] * data[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** True when a product of this size goes to BLAS. */
    public static boolean large(int m, int n, int k) {
        return BLAS_IMPL != null && !small(m, n, k);
    }

    // below the BLAS threshold the plain loops of SmallProducts run, whatever the mode; above it
    // BLAS, or EJML in plain mode (its blocked kernels suit large matrices better than those loops)
    private static boolean small(int m, int n, int k) {
        return (long) m * n * k < BLAS_MIN_MULTIPLY_ADDS;
    }

    private static void requireShapes(boolean ok, String op, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (!ok) {
            throw new IllegalArgumentException(op + ": shapes do not fit: a " + a.numRows + "×" + a.numCols
                    + ", b " + b.numRows + "×" + b.numCols + ", c " + c.numRows + "×" + c.numCols);
        }
        if (c == a || c == b) {
            throw new IllegalArgumentException(op + ": the result must not be an operand");
        }
    }

    private static BLAS nativeBlas() {
        try {
            return NativeBLAS.getInstance();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static BLAS javaBlas() {
        return JavaBLAS.getInstance();
    }

    private static String describe(BLAS blas) {
        return (blas instanceof NativeBLAS ? "native " : "java ") + blas.getClass().getSimpleName();
    }

    // best-of-5 rate of a 192³ dgemm (after 2 untimed calls): OpenBLAS does ~30 GFLOP/s on one
    // Zen 3 core, the reference BLAS ~4; a few milliseconds at start-up
    private static double nativeSpeed(BLAS blas) {
        int n = 192;
        double[] a = new double[n * n];
        double[] b = new double[n * n];
        double[] c = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 7) * 0.25 - 0.5;
            b[i] = (i % 5) * 0.5 - 1.0;
        }
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < 7; rep++) {
            long t0 = System.nanoTime();
            blas.dgemm("N", "N", n, n, n, 1.0, a, 0, n, b, 0, n, 0.0, c, 0, n);
            long t = System.nanoTime() - t0;
            if (rep >= 2) {
                best = Math.min(best, t);
            }
        }
        return 2.0 * n * n * n / Math.max(best, 1L);
    }
}
