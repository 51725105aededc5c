package dev.chainrule.engine.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain loops for small products against EJML's: both sum over k in increasing order
 * without FMA, so they must agree bit for bit (only the sign of an exact zero may differ,
 * which == ignores), including in reused outputs whose arrays are larger than needed.
 */
class SmallProductsTest {

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"1, 2, 2", "1, 2, 1", "10, 2, 8", "10, 8, 8", "10, 8, 1", "3, 5, 7", "7, 1, 3", "12, 12, 12"})
    void allThreeProductsEqualEjmlBitForBit(int m, int k, int n) {
        SplittableRandom random = new SplittableRandom(97L * m + 13L * k + n);
        DMatrixRMaj a = random(m, k, random);
        DMatrixRMaj b = random(k, n, random);
        // outputs start larger than needed, as reused work matrices do
        DMatrixRMaj c = new DMatrixRMaj(m + 3, n + 2);
        SmallProducts.mult(a, b, c);
        DMatrixRMaj expected = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(a, b, expected);
        assertEqual(c, expected);

        // g = aᵀ·d, then g += aᵀ·d
        DMatrixRMaj d = random(m, n, random);
        DMatrixRMaj g = random(k + 1, n + 1, random);
        SmallProducts.multTransA(a, d, g, false);
        DMatrixRMaj gExpected = new DMatrixRMaj(k, n);
        CommonOps_DDRM.multTransA(a, d, gExpected);
        assertEqual(g, gExpected);
        SmallProducts.multTransA(a, d, g, true);
        CommonOps_DDRM.multAddTransA(a, d, gExpected);
        assertEqual(g, gExpected);

        // x = d·bᵀ
        DMatrixRMaj x = new DMatrixRMaj(1, 1);
        SmallProducts.multTransB(d, b, x);
        DMatrixRMaj xExpected = new DMatrixRMaj(m, k);
        CommonOps_DDRM.multTransB(d, b, xExpected);
        assertEqual(x, xExpected);
    }

    private static void assertEqual(DMatrixRMaj actual, DMatrixRMaj expected) {
        assertThat(actual.numRows).isEqualTo(expected.numRows);
        assertThat(actual.numCols).isEqualTo(expected.numCols);
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(actual.data[i] == expected.data[i]).as("element %d: %s vs %s", i, actual.data[i],
                    expected.data[i]).isTrue();
        }
    }

    private static DMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.data[i] = 2.0 * random.nextDouble() - 1.0;
        }
        return m;
    }
}
