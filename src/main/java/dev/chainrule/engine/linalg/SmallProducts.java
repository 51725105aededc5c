package dev.chainrule.engine.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The dense layers' three products for matrices too small for BLAS, as plain loops on the
 * row-major arrays. Why not EJML's {@code CommonOps_DDRM}: its generic entry points check
 * shapes, pick between several kernels and go through {@code DMatrix1Row} accessors; for the
 * 2×2 to 10×8 matrices of the small workloads that overhead is about as large as the
 * arithmetic (profiled: EJML ~2× slower than these loops on W2).
 *
 * <p>Shape of the loops: each output element is a sum over k, and the innermost loop runs
 * over k with four output elements (four columns j) summed side by side in registers. Why
 * not a row-of-c loop over j innermost (as before): with 1 to 8 columns, C2's vectorised
 * j loop spends its time in alignment pre-loops and scalar post-loops and reloads c from
 * memory each time (measured ~2 ns per multiply-add on W2's shapes); here the four chains of
 * dependent additions overlap and nothing goes through memory but the operands.
 *
 * <p>Every sum runs over k in increasing order with separate multiply and add (no FMA), so
 * the seed example reproduces its oracle bit for bit, and runs are deterministic.
 * Shapes are the caller's business ({@link MatrixProducts} passes consistent ones).
 */
final class SmallProducts {

    private SmallProducts() {
    }

    // c_ij = Σ_k a_ik · b_kj   (a m×k, b k×n, c m×n); each sum starts from its first product
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numCols;
        c.reshape(m, n);
        double[] A = a.data;
        double[] B = b.data;
        double[] C = c.data;
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                double a0 = A[ai];
                double s0 = a0 * B[j];
                double s1 = a0 * B[j + 1];
                double s2 = a0 * B[j + 2];
                double s3 = a0 * B[j + 3];
                for (int p = 1, bp = n + j; p < k; p++, bp += n) {
                    double ap = A[ai + p];
                    s0 += ap * B[bp];
                    s1 += ap * B[bp + 1];
                    s2 += ap * B[bp + 2];
                    s3 += ap * B[bp + 3];
                }
                C[ci + j] = s0;
                C[ci + j + 1] = s1;
                C[ci + j + 2] = s2;
                C[ci + j + 3] = s3;
            }
            for (; j < n; j++) {
                double s = A[ai] * B[j];
                for (int p = 1, bp = n + j; p < k; p++, bp += n) {
                    s += A[ai + p] * B[bp];
                }
                C[ci + j] = s;
            }
        }
    }

    // c_ij = Σ_r a_ri · b_rj   (a r×m, b r×n, c m×n), or c_ij += that sum when add is true
    static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, boolean add) {
        int rows = a.numRows;
        int m = a.numCols;
        int n = b.numCols;
        if (!add) {
            c.reshape(m, n);
        }
        double[] A = a.data;
        double[] B = b.data;
        double[] C = c.data;
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                // each sum from 0.0 in r order, then stored (or added to c: the sum first, as EJML)
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int r = 0, ar = i, br = j; r < rows; r++, ar += m, br += n) {
                    double ari = A[ar];
                    s0 += ari * B[br];
                    s1 += ari * B[br + 1];
                    s2 += ari * B[br + 2];
                    s3 += ari * B[br + 3];
                }
                if (add) {
                    C[ci + j] += s0;
                    C[ci + j + 1] += s1;
                    C[ci + j + 2] += s2;
                    C[ci + j + 3] += s3;
                } else {
                    C[ci + j] = s0;
                    C[ci + j + 1] = s1;
                    C[ci + j + 2] = s2;
                    C[ci + j + 3] = s3;
                }
            }
            for (; j < n; j++) {
                double s = 0.0;
                for (int r = 0, ar = i, br = j; r < rows; r++, ar += m, br += n) {
                    s += A[ar] * B[br];
                }
                C[ci + j] = add ? C[ci + j] + s : s;
            }
        }
    }

    // c_ij = Σ_k a_ik · b_jk   (a m×k, b n×k, c m×n): a dot product of two contiguous rows
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numRows;
        c.reshape(m, n);
        double[] A = a.data;
        double[] B = b.data;
        double[] C = c.data;
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                int b0 = j * k;
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int p = 0; p < k; p++) {
                    double ap = A[ai + p];
                    s0 += ap * B[b0 + p];
                    s1 += ap * B[b0 + k + p];
                    s2 += ap * B[b0 + 2 * k + p];
                    s3 += ap * B[b0 + 3 * k + p];
                }
                C[ci + j] = s0;
                C[ci + j + 1] = s1;
                C[ci + j + 2] = s2;
                C[ci + j + 3] = s3;
            }
            for (; j < n; j++) {
                int bj = j * k;
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s += A[ai + p] * B[bj + p];
                }
                C[ci + j] = s;
            }
        }
    }
}
