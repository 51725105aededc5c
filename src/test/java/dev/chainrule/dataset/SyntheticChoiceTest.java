package dev.chainrule.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.RawTable;
import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
import org.junit.jupiter.api.Test;

/** A generated built-in dataset in the library, drawn with a noise level and seed: its rows, checksum and cache. */
class SyntheticChoiceTest {
    // built-in datasets never touch the repository
    private final DatasetService datasets = new DatasetService(null, 20, 200_000, 1_000, 100, 256);
    private final DatasetChoice circles = datasets.recordedChoice("builtin:circles");

    @Test
    void theDefaultDrawingIsTheShippedFileAndAnotherDrawingOtherRows() {
        DatasetChoice asShipped = circles.withSynthetic(SyntheticDataset.CIRCLES.defaults());
        DatasetChoice noisy = circles.withSynthetic(new SyntheticSettings(40, 9));

        assertThat(datasets.checksum(asShipped)).isEqualTo(datasets.checksum(circles));
        assertThat(preview(datasets.table(asShipped))).isEqualTo(preview(datasets.table(circles)));
        assertThat(datasets.checksum(noisy)).isNotEqualTo(datasets.checksum(circles));
        assertThat(preview(datasets.table(noisy))).isNotEqualTo(preview(datasets.table(circles)));
        assertThat(datasets.table(noisy).rows()).isEqualTo(400);
        assertThat(datasets.profile(noisy).rows()).isEqualTo(400);
    }

    @Test
    void eachDrawingIsKeptUnderItsOwnSettings() {
        DatasetChoice noisy = circles.withSynthetic(new SyntheticSettings(40, 9));

        assertThat(datasets.table(noisy)).isSameAs(datasets.table(circles.withSynthetic(new SyntheticSettings(40, 9))));
        assertThat(datasets.table(noisy)).isNotSameAs(datasets.table(circles.withSynthetic(new SyntheticSettings(40, 10))));
        assertThat(noisy.rowsKey()).isEqualTo("builtin:circles#noise=40,seed=9");
        assertThat(circles.withSynthetic(null)).isEqualTo(circles);
    }

    @Test
    void aDatasetWithoutAFormulaRefusesNoise() {
        DatasetChoice iris = datasets.recordedChoice("builtin:iris");

        assertThat(iris.formula()).isEmpty();
        assertThat(circles.formula()).contains(SyntheticDataset.CIRCLES);
        assertThatThrownBy(() -> iris.withSynthetic(new SyntheticSettings(10, 1)))
                .hasMessage("\"Iris\" is not drawn from a formula, so it has no noise or data seed to set; only the "
                        + "built-in circles, spirals, blobs, curve have (\"builtin:iris\" was given).");
        assertThatThrownBy(() -> new DatasetChoice("upload:3", "circles.csv", "", 3L, new SyntheticSettings(10, 1)))
                .hasMessageContaining("(\"upload:3\" was given)");
    }

    private static Object preview(RawTable table) {
        return table.preview(table.rows());
    }
}
