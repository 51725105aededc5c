package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.ui.AbstractAppTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A comparison reads a run's sample and summary in SQL instead of every epoch (issue 12, acceptance 4): each must
 * be what the full history gives, for the histories that break naive SQL (gaps, a diverged end, ties, no epochs).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class EpochHistorySampleTest {
    @Autowired
    EpochHistory history;
    @Autowired
    RunStore store;

    /** Epochs 1…n: loss falling, then rising; no validation at every third epoch; accuracy the other way. */
    private static List<EpochRecord> curve(int n) {
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = 1; e <= n; e++) {
            boolean gap = e % 3 == 0;
            double loss = 1 + Math.abs(e - n / 2.0) / n;
            epochs.add(new EpochRecord(e, loss, gap ? null : loss, 0.5, gap ? null : 1 / loss, null,
                    new double[] {e, e / 2.0}, 10L * e));
        }
        return epochs;
    }

    private long stored(List<EpochRecord> epochs) {
        long id = store.create(null, "history", "{}", null, null);
        store.appendEpochs(id, epochs, 1);
        return id;
    }

    @Test
    void aLongRunsSampleComesFromItsCurveRowsAsItWouldFromItsHistory() {
        List<EpochRecord> full = curve(2_501);
        int curveStride = CurveRows.stride(2_500); // planned 2,500, stopped one over: its last epoch is off the curve
        assertThat(curveStride).isEqualTo(3);
        long withCurve = store.create(null, "curve", "{}", null, null);
        store.appendEpochs(withCurve, full, curveStride);
        long historyOnly = stored(full);
        long before = store.create(null, "stored before curves existed", "{}", null, null);
        history.append(before, full);

        for (int stride : new int[] {3, 6, 15, 30, 300, 3_000, 7}) {
            List<EpochRecord> expected = history.loadEvery(historyOnly, stride);
            assertThat(history.loadEvery(withCurve, stride, curveStride)).as("stride " + stride)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
            assertThat(history.loadEvery(before, stride, curveStride)).as("no curve rows, stride " + stride)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
        }
        assertThat(history.loadEvery(withCurve, 30, curveStride)).extracting(EpochRecord::epoch).startsWith(1, 31, 61)
                .endsWith(2_491, 2_501);
    }

    @Test
    void aSampleIsEveryStrideThEpochFromTheFirstAndTheLastReadWhole() {
        List<EpochRecord> full = curve(101);
        long id = stored(full);

        List<EpochRecord> sample = history.loadEvery(id, 7);

        assertThat(sample).extracting(EpochRecord::epoch).containsExactly(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78,
                85, 92, 99, 101);
        assertThat(sample.get(1)).usingRecursiveComparison().isEqualTo(full.get(7));
        assertThat(sample.get(sample.size() - 1)).usingRecursiveComparison().isEqualTo(full.get(100));
        assertThat(history.loadEvery(id, 1)).usingRecursiveFieldByFieldElementComparator().isEqualTo(full);
        assertThat(history.loadEvery(id, 5)).extracting(EpochRecord::epoch).endsWith(96, 101);
    }

    /** Dense strides filter the run's rows, sparse ones look epochs up by key: both are the same sample. */
    @Test
    void everyStrideFiltersOrLooksUpExactlyTheEpochsItsCurveDraws() {
        List<EpochRecord> full = curve(250);
        long id = stored(full);

        for (int stride = 1; stride <= 260; stride += stride < 30 ? 1 : 23) {
            int s = stride;
            List<Integer> expected = full.stream().map(EpochRecord::epoch).filter(e -> (e - 1) % s == 0 || e == 250).toList();
            assertThat(history.loadEvery(id, stride)).as("stride " + stride).extracting(EpochRecord::epoch)
                    .isEqualTo(expected);
        }
        assertThat(history.loadEvery(id, EpochHistory.LOOKUP_STRIDE).get(3)).usingRecursiveComparison()
                .isEqualTo(full.get(3 * EpochHistory.LOOKUP_STRIDE));
    }

    @Test
    void aStrideLongerThanTheRunKeepsTheFirstAndLastEpochAndAnEmptyRunHasNone() {
        long id = stored(curve(12));

        assertThat(history.loadEvery(id, 1000)).extracting(EpochRecord::epoch).containsExactly(1, 12);
        assertThat(history.loadEvery(stored(curve(1)), 1000)).extracting(EpochRecord::epoch).containsExactly(1);
        long empty = stored(List.of());
        assertThat(history.loadEvery(empty, 3)).isEmpty();
        assertThat(history.summary(empty)).isEqualTo(EpochSummary.EMPTY).isEqualTo(EpochSummary.of(List.of()));
        assertThatThrownBy(() -> history.loadEvery(id, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or more");
    }

    @Test
    void theSummaryInSqlIsTheSummaryOfEveryEpochWithGaps() {
        List<EpochRecord> full = curve(200);
        long id = stored(full);

        EpochSummary summary = history.summary(id);

        assertThat(summary).isEqualTo(EpochSummary.of(full));
        assertThat(summary.epochs()).isEqualTo(200);
        assertThat(summary.elapsedMs()).isEqualTo(2000);
        assertThat(summary.bestValidationLoss()).isEqualTo(1.0);
        assertThat(summary.bestValidationLossEpoch()).isEqualTo(100);
        assertThat(summary.bestValidationAccuracyEpoch()).isEqualTo(100);
        assertThat(summary.finalValidationLoss()).as("epoch 200 has a validation loss").isNotNull();
    }

    /**
     * Best loss 0.25 at epochs 3 and 5 (the first wins), accuracy 0.9 at 2 and 4; the last epoch diverged, its
     * numbers absent as a run records them ({@code engine.Finite}).
     */
    @Test
    void aTieForBestIsTheFirstEpochAndADivergedLastEpochHasNoFinalNumbers() {
        List<EpochRecord> full = List.of(epoch(1, 0.5, 0.6), epoch(2, 0.3, 0.9), epoch(3, 0.25, 0.8),
                epoch(4, 0.4, 0.9), epoch(5, 0.25, 0.7), epoch(6, null, null));
        long id = stored(full);

        EpochSummary summary = history.summary(id);

        assertThat(summary).isEqualTo(EpochSummary.of(full)).isEqualTo(new EpochSummary(6, 60, null, null, 0.25, 3, 0.9, 2));
        assertThat(history.loadEvery(id, 4)).extracting(EpochRecord::epoch).containsExactly(1, 5, 6);
    }

    @Test
    void aRunWithoutValidationHasNoBestAndALiveRunsSummaryGrowsLikeItsHistory() {
        List<EpochRecord> noValidation = List.of(epoch(1, null, null), epoch(2, null, null));
        assertThat(history.summary(stored(noValidation))).isEqualTo(new EpochSummary(2, 20, null, null, null, null, null, null));

        List<EpochRecord> full = curve(30);
        EpochSummary grown = EpochSummary.EMPTY.plus(full.subList(0, 10)).plus(List.of()).plus(full.subList(10, 30));
        assertThat(grown).isEqualTo(EpochSummary.of(full)).isEqualTo(history.summary(stored(full)));
    }

    private static EpochRecord epoch(int epoch, Double validationLoss, Double validationAccuracy) {
        return new EpochRecord(epoch, 1.0, validationLoss, null, validationAccuracy, null, new double[0], 10L * epoch);
    }
}
