package dev.chainrule.engine.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BLAS path (whichever {@code chainrule.blas} selected for this JVM: run the suite with
 * {@code -DargLine=-Dchainrule.blas=java} for the pure-Java one), forced whatever the size,
 * against EJML's plain products on random shapes, small and large, for all three products. Each element must
 * agree to 1e-12 relative to its magnitude scale Σ_k |a_ik|·|b_kj| (the standard bound for
 * a dot product computed in another order; the plain value itself can be near 0 through
 * cancellation).
 */
class MatrixProductsTest {

    static final double RELATIVE = 1e-12;

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({
        "1, 2, 2", "10, 8, 8", "3, 5, 7", "20, 20, 21", "32, 64, 32", "32, 32, 10", "64, 784, 256",
        "64, 256, 128", "64, 128, 10", "29, 64, 32", "1, 300, 40", "100, 1, 100", "17, 33, 65"
    })
    void allThreeProductsAgreeWithThePlainPath(int m, int k, int n) {
        SplittableRandom random = new SplittableRandom(31L * m + 7L * k + n);
        DMatrixRMaj a = random(m, k, random);
        DMatrixRMaj b = random(k, n, random);

        // c = a·b
        DMatrixRMaj c = new DMatrixRMaj(1, 1);
        MatrixProducts.multBlas(a, b, c);
        DMatrixRMaj expected = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(a, b, expected);
        assertNear(c, expected, scale(a, b, false, false), "mult");

        // g += aᵀ·d  with a: m×k as r×cols, d: m×n  → k×n
        DMatrixRMaj d = random(m, n, random);
        DMatrixRMaj g = random(k, n, random);
        DMatrixRMaj gExpected = g.copy();
        MatrixProducts.multAddTransABlas(a, d, g);
        CommonOps_DDRM.multAddTransA(a, d, gExpected);
        DMatrixRMaj gScale = scale(a, d, true, false);
        for (int i = 0; i < gScale.getNumElements(); i++) {
            gScale.data[i] += Math.abs(gExpected.data[i]);
        }
        assertNear(g, gExpected, gScale, "multAddTransA");

        // x = d·bᵀ  with d: m×n, b: k×n → m×k
        DMatrixRMaj x = new DMatrixRMaj(1, 1);
        MatrixProducts.multTransBBlas(d, b, x);
        DMatrixRMaj xExpected = new DMatrixRMaj(m, k);
        CommonOps_DDRM.multTransB(d, b, xExpected);
        assertNear(x, xExpected, scale(d, b, false, true), "multTransB");
    }

    @Test
    void smallProductsStayOnThePlainPathBitForBit() {
        // the seed's 1×2·2×2: what the seed oracle checks exactly
        assertThat(MatrixProducts.large(1, 2, 2)).isFalse();
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.5, 0.8}});
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{0.3, 0.7}, {0.5, 0.2}});
        DMatrixRMaj z = new DMatrixRMaj(1, 1);
        MatrixProducts.mult(x, w, z);
        assertThat(z.data[0]).isEqualTo(0.5 * 0.3 + 0.8 * 0.5);
        assertThat(z.data[1]).isEqualTo(0.5 * 0.7 + 0.8 * 0.2);
    }

    @Test
    void theImplementationIsNamedAndMatchesTheSwitch() {
        String name = MatrixProducts.implementationName();
        String mode = System.getProperty(MatrixProducts.PROPERTY, "auto");
        assertThat(name).isNotBlank();
        if (mode.equals("java")) {
            assertThat(MatrixProducts.usesNativeBlas()).isFalse();
            assertThat(name).startsWith("java ");
        } else if (mode.equals("plain")) {
            assertThat(MatrixProducts.usesBlas()).isFalse();
        } else {
            assertThat(MatrixProducts.usesBlas()).isTrue();
        }
    }

    @Test
    void reusedOutputsWithLargerArraysAreHandled() {
        // work matrices keep their larger array after reshaping to a smaller batch (ragged last batch)
        SplittableRandom random = new SplittableRandom(5);
        DMatrixRMaj c = new DMatrixRMaj(64, 256);
        DMatrixRMaj b = random(784, 256, random);
        for (int rows : new int[] {64, 29}) {
            DMatrixRMaj a = random(rows, 784, random);
            MatrixProducts.mult(a, b, c);
            DMatrixRMaj expected = new DMatrixRMaj(rows, 256);
            CommonOps_DDRM.mult(a, b, expected);
            assertThat(c.numRows).isEqualTo(rows);
            assertNear(c, expected, scale(a, b, false, false), "mult with " + rows + " rows");
        }
    }

    private static DMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.data[i] = 2.0 * random.nextDouble() - 1.0;
        }
        return m;
    }

    // |op(a)|·|op(b)| elementwise: the scale of each result element
    private static DMatrixRMaj scale(DMatrixRMaj a, DMatrixRMaj b, boolean transA, boolean transB) {
        DMatrixRMaj absA = a.copy();
        DMatrixRMaj absB = b.copy();
        CommonOps_DDRM.abs(absA);
        CommonOps_DDRM.abs(absB);
        DMatrixRMaj s = new DMatrixRMaj(1, 1);
        if (transA) {
            CommonOps_DDRM.multTransA(absA, absB, s);
        } else if (transB) {
            CommonOps_DDRM.multTransB(absA, absB, s);
        } else {
            CommonOps_DDRM.mult(absA, absB, s);
        }
        return s;
    }

    private static void assertNear(DMatrixRMaj actual, DMatrixRMaj expected, DMatrixRMaj scale, String what) {
        assertThat(actual.numRows).as(what + " rows").isEqualTo(expected.numRows);
        assertThat(actual.numCols).as(what + " cols").isEqualTo(expected.numCols);
        double worst = 0.0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            double allowed = RELATIVE * scale.data[i];
            double error = Math.abs(actual.data[i] - expected.data[i]);
            assertThat(error).as("%s element %d: %s vs %s", what, i, actual.data[i], expected.data[i])
                    .isLessThanOrEqualTo(allowed);
            worst = Math.max(worst, error / Math.max(scale.data[i], Double.MIN_NORMAL));
        }
        assertThat(worst).isLessThanOrEqualTo(RELATIVE);
    }
}
