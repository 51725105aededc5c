package dev.chainrule.engine.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The dense layers' three products for matrices too small for BLAS, as plain loops on the
 * row-major arrays. Why not EJML's {@code CommonOps_DDRM}: its generic entry points check
 * shapes, pick between several kernels and go through {@code DMatrix1Row} accessors; for the
 * 2×2 to 10×8 matrices of the small workloads that overhead is about as large as the
 * arithmetic (profiled: EJML ~2× slower than these loops on W2). Here each product is one
 * loop nest over local arrays that the JIT compiles to straight code.
 *
 * <p>Every sum runs over k in increasing order with separate multiply and add (no FMA), so
 * the seed example reproduces its oracle bit for bit, and runs are deterministic.
 * Shapes are the caller's business ({@link MatrixProducts} passes consistent ones).
 */
final class SmallProducts {

    private SmallProducts() {
    }

    // c_ij = Σ_k a_ik · b_kj   (a m×k, b k×n, c m×n)
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numCols;
        c.reshape(m, n);
        double[] A = a.data;
        double[] B = b.data;
        double[] C = c.data;
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            int ai = i * k;
            // row i of c = a_i0 · row 0 of b, then + a_ip · row p of b: the same k order per element
            double a0 = A[ai];
            for (int j = 0; j < n; j++) {
                C[ci + j] = a0 * B[j];
            }
            for (int p = 1; p < k; p++) {
                double ap = A[ai + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    C[ci + j] += ap * B[bp + j];
                }
            }
        }
    }

    // c_ij = Σ_r a_ri · b_rj   (a r×m, b r×n, c m×n), or c_ij += that sum when add is true
    static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, boolean add) {
        int rows = a.numRows;
        int m = a.numCols;
        int n = b.numCols;
        double[] A = a.data;
        double[] B = b.data;
        if (add) {
            // the sum first, then added to c (rare: only a second backward without zeroing)
            double[] C = c.data;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0.0;
                    for (int r = 0; r < rows; r++) {
                        sum += A[r * m + i] * B[r * n + j];
                    }
                    C[i * n + j] += sum;
                }
            }
            return;
        }
        c.reshape(m, n);
        double[] C = c.data;
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            // row i of c = Σ_r a_ri · row r of b, accumulated from 0 in r order
            for (int j = 0; j < n; j++) {
                C[ci + j] = 0.0;
            }
            for (int r = 0; r < rows; r++) {
                double ari = A[r * m + i];
                int br = r * n;
                for (int j = 0; j < n; j++) {
                    C[ci + j] += ari * B[br + j];
                }
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
            int j = 0;
            // four dot products at once: each is still summed over p in order (same bits), but the
            // four chains of dependent additions overlap instead of running one after another
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
                C[i * n + j] = s0;
                C[i * n + j + 1] = s1;
                C[i * n + j + 2] = s2;
                C[i * n + j + 3] = s3;
            }
            for (; j < n; j++) {
                int bj = j * k;
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += A[ai + p] * B[bj + p];
                }
                C[i * n + j] = sum;
            }
        }
    }
}
