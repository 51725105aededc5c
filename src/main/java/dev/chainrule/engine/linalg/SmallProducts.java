package dev.chainrule.engine.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The dense layers' three products for matrices too small for BLAS, as plain loops on the
 * row-major arrays. Why not EJML's {@code CommonOps_DDRM}: its generic entry points check
 * shapes, pick between several kernels and go through {@code DMatrix1Row} accessors; for the
 * 2×2 to 10×8 matrices of the small workloads that overhead is about as large as the
 * arithmetic (profiled: EJML ~2× slower than these loops on 2-8-8-1 in batches of 10).
 *
 * <p>All three are one kernel with strides ({@link #kernel}): each output element is a sum
 * over k, and the innermost loop runs over k with four output elements (four columns j)
 * summed side by side in registers. Why not a row-of-c loop over j innermost (as before):
 * with 1 to 8 columns, C2's vectorised j loop spends its time in alignment pre-loops and
 * scalar post-loops and goes through memory for c (~2 ns per multiply-add on the 2-8-8-1 network's shapes).
 * Why one kernel rather than three: a short run (the seed's 2-2-1 on its one sample, 2-8-8-1 on batches of 10: well under a second) spends much of
 * its time before C2 has compiled its hot loops, and C2 compiles each hot loop method twice
 * (on-stack replacement, then the method); one method is compiled sooner than three.
 *
 * <p>Every sum runs over k in increasing order with separate multiply and add (no FMA), so
 * the seed example reproduces its oracle bit for bit, and runs are deterministic.
 * Shapes are the caller's business ({@link MatrixProducts} passes consistent ones).
 */
final class SmallProducts {

    // a sum started at −0.0 is its first product exactly (−0.0 + x = x, even for x = −0.0); one
    // started at +0.0 turns a −0.0 first product into +0.0. mult starts at its first product,
    // the transposed products at 0.0, as EJML's loops do (only the sign of a zero differs)
    private static final double FROM_FIRST_PRODUCT = -0.0;
    private static final double FROM_ZERO = 0.0;

    private SmallProducts() {
    }

    // c_ij = Σ_k a_ik · b_kj   (a m×k, b k×n, c m×n)
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numCols;
        c.reshape(m, n);
        // a_ip = A[i·k + p], b_pj = B[p·n + j]
        kernel(a.data, k, 1, b.data, n, 1, c.data, m, n, k, FROM_FIRST_PRODUCT, false);
    }

    // c_ij = Σ_r a_ri · b_rj   (a r×m, b r×n, c m×n), or c_ij += that sum when add is true
    static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, boolean add) {
        int rows = a.numRows;
        int m = a.numCols;
        int n = b.numCols;
        if (!add) {
            c.reshape(m, n);
        }
        // (aᵀ)_ir = A[r·m + i], b_rj = B[r·n + j]; with add, each sum is formed first, then added to c
        kernel(a.data, 1, m, b.data, n, 1, c.data, m, n, rows, FROM_ZERO, add);
    }

    // c_ij = Σ_k a_ik · b_jk   (a m×k, b n×k, c m×n)
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numRows;
        c.reshape(m, n);
        // a_ip = A[i·k + p], (bᵀ)_pj = B[j·k + p]
        kernel(a.data, k, 1, b.data, 1, k, c.data, m, n, k, FROM_ZERO, false);
    }

    /**
     * c_ij = start + Σ_p a(i, p) · b(p, j) over p = 0 … k−1 in order (or c_ij += that when add),
     * with a(i, p) = A[i·aRow + p·aStep], b(p, j) = B[p·bStep + j·bCol] and c row-major m × n.
     */
    private static void kernel(double[] A, int aRow, int aStep, double[] B, int bStep, int bCol, double[] C,
            int m, int n, int k, double start, boolean add) {
        for (int i = 0; i < m; i++) {
            int ai = i * aRow;
            int ci = i * n;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                double s0 = start;
                double s1 = start;
                double s2 = start;
                double s3 = start;
                for (int p = 0, ap = ai, bp = j * bCol; p < k; p++, ap += aStep, bp += bStep) {
                    double ap0 = A[ap];
                    s0 += ap0 * B[bp];
                    s1 += ap0 * B[bp + bCol];
                    s2 += ap0 * B[bp + 2 * bCol];
                    s3 += ap0 * B[bp + 3 * bCol];
                }
                C[ci + j] = add ? C[ci + j] + s0 : s0;
                C[ci + j + 1] = add ? C[ci + j + 1] + s1 : s1;
                C[ci + j + 2] = add ? C[ci + j + 2] + s2 : s2;
                C[ci + j + 3] = add ? C[ci + j + 3] + s3 : s3;
            }
            for (; j < n; j++) {
                double s = start;
                for (int p = 0, ap = ai, bp = j * bCol; p < k; p++, ap += aStep, bp += bStep) {
                    s += A[ap] * B[bp];
                }
                C[ci + j] = add ? C[ci + j] + s : s;
            }
        }
    }
}
