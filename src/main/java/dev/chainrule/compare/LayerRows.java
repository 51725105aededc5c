package dev.chainrule.compare;

import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.experiment.SettingRows;
import java.util.ArrayList;
import java.util.List;

/**
 * The layer rows of a settings table for several runs: each run aligned on its own against the reference
 * ({@link LayerAlignment}); the reference's layers keep their rows ("Layer 2"), and a layer some run has
 * between two of them gets a row of its own there ("Extra layer after layer 2"), empty for the runs
 * without one.
 */
final class LayerRows {
    private LayerRows() {
    }

    static List<DiffRow> of(List<List<LayerSpec>> layers) {
        List<LayerSpec> reference = layers.get(0);
        int slots = reference.size() + 1; // slot s: before reference layer s; the last, after all of them
        List<Aligned> runs = layers.stream().map(l -> Aligned.of(reference, l)).toList();
        List<DiffRow> rows = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            int extra = 0;
            for (Aligned a : runs) {
                extra = Math.max(extra, a.inserted.get(s).size());
            }
            for (int k = 0; k < extra; k++) {
                rows.add(addedRow(runs, s, k));
            }
            if (s < reference.size()) {
                rows.add(referenceRow(runs, reference.get(s), s));
            }
        }
        return rows;
    }

    private static DiffRow addedRow(List<Aligned> runs, int slot, int k) {
        String name = "Extra layer " + (k == 0 ? "" : (k + 1) + " ") + (slot == 0 ? "before layer 1" : "after layer " + slot);
        List<DiffCell> cells = new ArrayList<>();
        for (Aligned a : runs) {
            List<LayerSpec> here = a.inserted.get(slot);
            cells.add(k < here.size() ? new DiffCell(SettingRows.layer(here.get(k)), Change.ADDED)
                    : new DiffCell(DiffCell.NONE, Change.SAME));
        }
        return SettingsDiff.row(name, cells);
    }

    private static DiffRow referenceRow(List<Aligned> runs, LayerSpec layer, int i) {
        List<DiffCell> cells = new ArrayList<>();
        for (Aligned a : runs) {
            LayerSpec matched = a.matched.get(i);
            cells.add(matched == null ? new DiffCell(DiffCell.NONE, Change.REMOVED)
                    : new DiffCell(SettingRows.layer(matched), matched.equals(layer) ? Change.SAME : Change.CHANGED));
        }
        return SettingsDiff.row("Layer " + (i + 1), cells);
    }

    /** One run against the reference: its layer at each reference layer (null: none), and those it has between. */
    private record Aligned(List<LayerSpec> matched, List<List<LayerSpec>> inserted) {
        static Aligned of(List<LayerSpec> reference, List<LayerSpec> layers) {
            List<LayerSpec> matched = new ArrayList<>();
            List<List<LayerSpec>> inserted = new ArrayList<>();
            inserted.add(new ArrayList<>());
            for (LayerAlignment.Step step : LayerAlignment.align(reference, layers)) {
                if (step.reference() == null) {
                    inserted.get(inserted.size() - 1).add(layers.get(step.other()));
                } else {
                    matched.add(step.other() == null ? null : layers.get(step.other()));
                    inserted.add(new ArrayList<>());
                }
            }
            return new Aligned(matched, inserted);
        }
    }
}
