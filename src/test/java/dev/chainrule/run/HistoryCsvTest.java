package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    @Test
    void eachEpochIsARowWithEmptyCellsForAbsentValuesAndOneColumnPerNorm() {
        List<EpochRecord> history = List.of(
                new EpochRecord(1, 0.1 + 0.2, null, null, null, 0.5, new double[] {1e-300, 2.0}, 250),
                new EpochRecord(2, null, 0.25, 1.0, 0.5, null, new double[] {Double.NaN, Double.MIN_VALUE}, 1000));

        assertThat(HistoryCsv.write(history)).isEqualTo("""
                epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,seconds,gradient_norm_1,gradient_norm_2
                1,0.30000000000000004,,,,0.25,1.0E-300,2.0
                2,,0.25,1.0,0.5,0.75,,4.9E-324
                """);
    }

    @Test
    void everyNumberReadsBackToTheSameDouble() {
        double[] awkward = {0.1 + 0.2, 1.0 / 3.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 123456789.123456789, -0.0};
        List<EpochRecord> history = java.util.stream.IntStream.range(0, awkward.length)
                .mapToObj(i -> new EpochRecord(i + 1, awkward[i], null, null, null, null, new double[] {awkward[i]}, i))
                .toList();

        List<String> rows = HistoryCsv.write(history).lines().skip(1).toList();

        for (int i = 0; i < awkward.length; i++) {
            String[] cells = rows.get(i).split(",", -1);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(cells[1])))
                    .isEqualTo(Double.doubleToRawLongBits(awkward[i]));
            assertThat(Double.parseDouble(cells[6])).isEqualTo(awkward[i]);
        }
    }

    @Test
    void epochsWithFewerNormsLeaveTheirCellsEmptyAndAnEmptyHistoryIsTheHeaderAlone() {
        List<EpochRecord> ragged = List.of(new EpochRecord(1, 0.5, null, null, null, null, new double[] {0.1}, 0),
                new EpochRecord(2, 0.4, null, null, null, null, new double[] {0.1, 0.2}, 0));

        assertThat(HistoryCsv.write(ragged).lines().toList().get(1)).isEqualTo("1,0.5,,,,0.0,0.1,");
        assertThat(HistoryCsv.write(List.of()))
                .isEqualTo("epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,seconds\n");
    }
}
