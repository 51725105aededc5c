package dev.chainrule.bench;

import dev.chainrule.engine.linalg.MatrixProducts;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * GFLOP/s of the engine's product path ({@link MatrixProducts}) on the shapes of the 784-256-128-10 network in batches of 64 and 1024³,
 * beside EJML's plain {@code CommonOps_DDRM}, to compare with the OpenBLAS table in
 * docs/STACK.md ("BLAS for the engine's large matrix products"). One JSON line per case.
 *
 * <pre>
 *   java -cp target/classes:$(cat cp.txt) dev.chainrule.bench.GemmProbe             # 784-256-128-10 shapes + 1024³
 *   java -cp target/classes:$(cat cp.txt) dev.chainrule.bench.GemmProbe --threshold # small shapes: plain vs BLAS, ns per call
 * </pre>
 * Each case: warm-up, then 7 samples of at least 30 ms each; best and median rate reported.
 */
public final class GemmProbe {

    /** Which product: c = a·b, c += aᵀ·b, c = a·bᵀ. */
    enum Op { MULT, MULT_ADD_TRANS_A, MULT_TRANS_B }

    /** A product of shape (m, k, n): m·k·n multiply-adds. */
    record Case(String name, Op op, int m, int k, int n) {
        long multiplyAdds() {
            return (long) m * k * n;
        }
    }

    private static final Case[] LARGE = {
        new Case("w4_l1_fwd", Op.MULT, 64, 784, 256),
        new Case("w4_l1_dW", Op.MULT_ADD_TRANS_A, 784, 64, 256),
        new Case("w4_l2_fwd", Op.MULT, 64, 256, 128),
        new Case("w4_l2_dX", Op.MULT_TRANS_B, 64, 128, 256),
        new Case("w4_l2_dW", Op.MULT_ADD_TRANS_A, 256, 64, 128),
        new Case("w3_l1_fwd", Op.MULT, 32, 64, 32),
        new Case("1024^3", Op.MULT, 1024, 1024, 1024),
        new Case("1024^3", Op.MULT_ADD_TRANS_A, 1024, 1024, 1024),
        new Case("1024^3", Op.MULT_TRANS_B, 1024, 1024, 1024),
    };

    private GemmProbe() {
    }

    public static void main(String[] args) {
        boolean threshold = Arrays.asList(args).contains("--threshold");
        boolean withPlain = !Arrays.asList(args).contains("--no-plain");
        System.err.println("matrix products: " + MatrixProducts.implementationName());
        if (threshold) {
            thresholdSweep();
            return;
        }
        for (Case c : LARGE) {
            double[] routed = measure(c, false);
            String line = String.format(Locale.ROOT,
                    "{\"case\":\"%s\",\"op\":\"%s\",\"m\":%d,\"k\":%d,\"n\":%d,\"path\":\"engine\",\"gflops_best\":%.2f,"
                            + "\"gflops_median\":%.2f",
                    c.name, opName(c.op), c.m, c.k, c.n, routed[0], routed[1]);
            if (withPlain && c.multiplyAdds() < 1L << 28) {
                double[] plain = measure(c, true);
                line += String.format(Locale.ROOT, ",\"ejml_gflops_best\":%.2f,\"ejml_gflops_median\":%.2f", plain[0],
                        plain[1]);
            }
            System.out.println(line + "}");
        }
    }

    /** Plain (EJML) vs forced-BLAS nanoseconds per call on small shapes: where BLAS starts to pay. */
    static void thresholdSweep() {
        int[][] shapes = {
            {1, 2, 2}, {10, 2, 8}, {10, 8, 8}, {10, 8, 1}, {8, 8, 8}, {12, 12, 12}, {16, 16, 16}, {20, 20, 20},
            {32, 32, 10}, {24, 24, 24}, {29, 32, 10}, {16, 32, 32}, {32, 32, 32}, {32, 64, 32}, {48, 48, 48},
            {64, 64, 64},
        };
        for (int[] s : shapes) {
            for (Op op : Op.values()) {
                Case c = new Case("sweep", op, s[0], s[1], s[2]);
                double plainNs = nanosPerCall(c, true);
                double blasNs = nanosPerCall(c, false);
                System.out.println(String.format(Locale.ROOT,
                        "{\"op\":\"%s\",\"m\":%d,\"k\":%d,\"n\":%d,\"multiply_adds\":%d,\"plain_ns\":%.0f,\"blas_ns\":%.0f,"
                                + "\"faster\":\"%s\"}",
                        opName(op), s[0], s[1], s[2], c.multiplyAdds(), plainNs, blasNs,
                        plainNs <= blasNs ? "plain" : "blas"));
            }
        }
    }

    // {best, median} GFLOP/s; plain = EJML, otherwise the engine's routed product
    private static double[] measure(Case c, boolean plain) {
        Operands o = new Operands(c);
        long minNanos = 30_000_000L;
        // warm-up: JIT for the Java paths, page-in for all
        run(o, c.op, plain, Math.max(1, callsFor(o, c.op, plain, 200_000_000L)));
        int calls = callsFor(o, c.op, plain, minNanos);
        double[] rates = new double[7];
        for (int s = 0; s < rates.length; s++) {
            long t0 = System.nanoTime();
            run(o, c.op, plain, calls);
            long t = System.nanoTime() - t0;
            rates[s] = 2.0 * c.multiplyAdds() * calls / t;
        }
        Arrays.sort(rates);
        return new double[] {rates[rates.length - 1], rates[rates.length / 2]};
    }

    private static double nanosPerCall(Case c, boolean plain) {
        Operands o = new Operands(c);
        run(o, c.op, plain, 20_000);
        int calls = callsFor(o, c.op, plain, 20_000_000L);
        double[] ns = new double[7];
        for (int s = 0; s < ns.length; s++) {
            long t0 = System.nanoTime();
            run(o, c.op, plain, calls);
            ns[s] = (double) (System.nanoTime() - t0) / calls;
        }
        Arrays.sort(ns);
        return ns[ns.length / 2];
    }

    // how many calls take about targetNanos (at least 1)
    private static int callsFor(Operands o, Op op, boolean plain, long targetNanos) {
        int calls = 1;
        while (true) {
            long t0 = System.nanoTime();
            run(o, op, plain, calls);
            long t = System.nanoTime() - t0;
            if (t >= targetNanos / 4 || calls >= 1 << 26) {
                return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) calls * targetNanos / Math.max(t, 1)));
            }
            calls *= 2;
        }
    }

    private static void run(Operands o, Op op, boolean plain, int calls) {
        for (int i = 0; i < calls; i++) {
            switch (op) {
                case MULT -> {
                    if (plain) {
                        CommonOps_DDRM.mult(o.a, o.b, o.c);
                    } else {
                        MatrixProducts.multBlas(o.a, o.b, o.c);
                    }
                }
                case MULT_ADD_TRANS_A -> {
                    if (plain) {
                        CommonOps_DDRM.multAddTransA(o.a, o.b, o.c);
                    } else {
                        MatrixProducts.multAddTransABlas(o.a, o.b, o.c);
                    }
                }
                case MULT_TRANS_B -> {
                    if (plain) {
                        CommonOps_DDRM.multTransB(o.a, o.b, o.c);
                    } else {
                        MatrixProducts.multTransBBlas(o.a, o.b, o.c);
                    }
                }
            }
        }
    }

    private static String opName(Op op) {
        return switch (op) {
            case MULT -> "AB";
            case MULT_ADD_TRANS_A -> "AtB";
            case MULT_TRANS_B -> "ABt";
        };
    }

    /** Operands shaped for the op so that the product is m × n with inner dimension k. */
    private static final class Operands {
        final DMatrixRMaj a;
        final DMatrixRMaj b;
        final DMatrixRMaj c;

        Operands(Case cs) {
            SplittableRandom r = new SplittableRandom(1);
            switch (cs.op) {
                case MULT -> {
                    a = random(cs.m, cs.k, r);
                    b = random(cs.k, cs.n, r);
                }
                case MULT_ADD_TRANS_A -> {
                    a = random(cs.k, cs.m, r);
                    b = random(cs.k, cs.n, r);
                }
                default -> {
                    a = random(cs.m, cs.k, r);
                    b = random(cs.n, cs.k, r);
                }
            }
            c = new DMatrixRMaj(cs.m, cs.n);
        }

        private static DMatrixRMaj random(int rows, int cols, SplittableRandom r) {
            DMatrixRMaj m = new DMatrixRMaj(rows, cols);
            for (int i = 0; i < m.data.length; i++) {
                m.data[i] = r.nextDouble() - 0.5;
            }
            return m;
        }
    }
}
