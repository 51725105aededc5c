package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.ui.AbstractAppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Epochs are stored {@value EpochHistory#ROWS_PER_INSERT} rows a statement and the rest one a statement: whatever the
 * size of a batch, every epoch reads back exactly as it was written, its absent numbers absent and its gradient
 * norms the same doubles, not a digit lost.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class EpochHistoryInsertTest {
    private static final int ROWS = EpochHistory.ROWS_PER_INSERT;

    @Autowired
    EpochHistory history;
    @Autowired
    RunStore store;

    /** Epochs from..to with every kind of value: absent ones, long norms, non-finite norms, none at all. */
    private static List<EpochRecord> epochs(int from, int to) {
        SplittableRandom random = new SplittableRandom(from);
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = from; e <= to; e++) {
            double[] norms = switch (e % 4) {
                case 0 -> new double[0];
                case 1 -> new double[] {random.nextDouble(), 1.0 / 3, 2e23, 4.9e-324};
                case 2 -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0};
                default -> new double[] {Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)};
            };
            epochs.add(new EpochRecord(e, random.nextDouble(), e % 3 == 0 ? null : random.nextDouble(), 0.5,
                    e % 5 == 0 ? null : 0.25, e % 2 == 0 ? null : -random.nextDouble(), norms, 7L * e));
        }
        return epochs;
    }

    @Test
    void batchesOfEverySizeAroundAStatementsRowsReadBackExactly() {
        for (int size : new int[] {1, ROWS - 1, ROWS, ROWS + 1, 2 * ROWS, 3 * ROWS + 7}) {
            long id = store.create(null, "size " + size, "{}", null, null);
            List<EpochRecord> written = new ArrayList<>();
            // two batches, as a run's writer appends them: the second goes on where the first stopped
            for (List<EpochRecord> batch : List.of(epochs(1, size), epochs(size + 1, 2 * size))) {
                store.appendEpochs(id, batch, 3);
                written.addAll(batch);
            }

            assertThat(texts(history.load(id))).as("%d a batch", size).isEqualTo(texts(written));
            assertThat(texts(history.loadEvery(id, 3, 3))).as("the curve rows of %d a batch", size).isEqualTo(
                    texts(written.stream().filter(r -> CurveRows.keeps(r.epoch(), 3) || r.epoch() == 2 * size).toList()));
        }
    }

    // Each record as text: every number as the shortest decimal of its double, so equal texts are equal doubles (NaN
    // too, which no comparison of doubles finds equal to itself).
    private static List<String> texts(List<EpochRecord> records) {
        return records.stream().map(r -> r.toString().replaceFirst("gradientNorms=\\[D@\\w+",
                "gradientNorms=" + java.util.Arrays.toString(r.gradientNorms()))).toList();
    }

    @Test
    void gradientNormsAreWrittenAsTheShortestDecimalsThatReadBackAsTheSameDoubles() {
        assertThat(EpochHistory.formatNorms(new double[] {0.1, 1.0e-5, 2.5, 1234567.0, 12345678.0})).isEqualTo(
                "0.1,1.0E-5,2.5,1234567.0,1.2345678E7");
        assertThat(EpochHistory.formatNorms(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0}))
                .isEqualTo("NaN,-Infinity,-0.0");
        assertThat(EpochHistory.formatNorms(new double[0])).isEmpty();
        // Java 17's Double.toString writes 1.9999999999999998E23 here: a digit more than the double needs
        assertThat(EpochHistory.formatNorms(new double[] {2e23})).isEqualTo("2.0E23");

        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            String text = EpochHistory.formatNorms(new double[] {v});
            assertThat(Double.doubleToLongBits(Double.parseDouble(text))).as(text).isEqualTo(Double.doubleToLongBits(v));
            assertThat(text.length()).as(text).isLessThanOrEqualTo(Double.toString(v).length());
        }
    }
}
