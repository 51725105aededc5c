package dev.chainrule.compare;

import static dev.chainrule.compare.TestRuns.LAYERS;
import static dev.chainrule.compare.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.SgdSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsDiffTest {

    @Test
    void anotherActivationInLayerTwoIsOneChangedCellAndNothingElseDiffers() {
        List<DiffRow> rows = SettingsDiff.of(List.of(run("reference", LAYERS), run("relu to tanh",
                List.of(LAYERS.get(0), new DenseSpec(4, Activation.TANH), LAYERS.get(2)))));

        assertThat(rows).filteredOn(DiffRow::differs).extracting(DiffRow::setting).containsExactly("Layer 2");
        DiffRow layer2 = row(rows, "Layer 2");
        assertThat(layer2.cells()).containsExactly(new DiffCell("Dense, 4 units, relu", Change.SAME),
                new DiffCell("Dense, 4 units, tanh", Change.CHANGED));
        assertThat(rows.get(0)).isEqualTo(new DiffRow("Dataset", List.of(new DiffCell("XOR · 3f2a9c01", Change.SAME),
                new DiffCell("XOR · 3f2a9c01", Change.SAME)), false));
    }

    @Test
    void aLayerTheRunLacksIsRemovedAndTheLayersAfterItStillLineUp() {
        List<DiffRow> rows = SettingsDiff.of(List.of(run("reference", LAYERS), run("shallower",
                List.of(LAYERS.get(0), LAYERS.get(2)))));

        assertThat(row(rows, "Layer 1").differs()).isFalse();
        assertThat(row(rows, "Layer 2").cells().get(1)).isEqualTo(new DiffCell("—", Change.REMOVED));
        assertThat(row(rows, "Layer 3").cells().get(1)).isEqualTo(new DiffCell("Dense, 1 unit, sigmoid", Change.SAME));
    }

    @Test
    void aLayerOnlyTheRunHasGetsARowOfItsOwnWhereItStands() {
        List<DiffRow> rows = SettingsDiff.of(List.of(run("reference", LAYERS),
                run("with dropout", List.of(LAYERS.get(0), new DropoutSpec(0.2), LAYERS.get(1), LAYERS.get(2))),
                run("as it was", LAYERS)));

        assertThat(rows.subList(1, 5)).extracting(DiffRow::setting)
                .containsExactly("Layer 1", "Extra layer after layer 1", "Layer 2", "Layer 3");
        assertThat(row(rows, "Extra layer after layer 1").cells()).containsExactly(new DiffCell("—", Change.SAME),
                new DiffCell("Dropout, rate 0.2", Change.ADDED), new DiffCell("—", Change.SAME));
        assertThat(row(rows, "Layer 2").differs()).isFalse();
    }

    @Test
    void aLayerOfAnotherKindIsARemovalAndAnAdditionNotAChange() {
        List<DiffRow> rows = SettingsDiff.of(List.of(run("reference", List.of(new DenseSpec(8, Activation.TANH),
                new DenseSpec(1, Activation.SIGMOID))), run("dropout instead", List.of(new DropoutSpec(0.5),
                new DenseSpec(1, Activation.SIGMOID)))));

        assertThat(rows.subList(1, 4)).extracting(DiffRow::setting)
                .containsExactly("Extra layer before layer 1", "Layer 1", "Layer 2");
        assertThat(rows.subList(1, 4)).extracting(r -> r.cells().get(1).change())
                .containsExactly(Change.ADDED, Change.REMOVED, Change.SAME);
        assertThat(row(rows, "Dropout").cells().get(1)).isEqualTo(new DiffCell("1 layer (see the layers above)", Change.CHANGED));
    }

    @Test
    void aSeedOrAnOptimizersOwnSettingDiffersLikeAnyOther() {
        List<DiffRow> rows = SettingsDiff.of(List.of(run("sgd", LAYERS, new SgdSpec(0.1, 0.5), 11, 3, List.of()),
                run("adam", LAYERS, AdamSpec.withDefaults(0.01), 12, 3, List.of())));

        assertThat(row(rows, "Seed").cells()).containsExactly(new DiffCell("11", Change.SAME), new DiffCell("12", Change.CHANGED));
        assertThat(row(rows, "Momentum").cells().get(1)).isEqualTo(new DiffCell("—", Change.REMOVED));
        assertThat(row(rows, "β1, β2, ε").cells().get(0)).isEqualTo(new DiffCell("—", Change.SAME));
        assertThat(row(rows, "β1, β2, ε").cells().get(1).change()).isEqualTo(Change.ADDED);
        assertThat(row(rows, "Epochs").differs()).isFalse();
        assertThat(Groups.settings(List.of(run("a", LAYERS), run("b", LAYERS)))).isEmpty();
    }

    static DiffRow row(List<DiffRow> rows, String setting) {
        return rows.stream().filter(r -> r.setting().equals(setting)).findFirst().orElseThrow();
    }
}
