package dev.chainrule.compare;

import dev.chainrule.experiment.SettingRows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of several runs side by side, each against the first (the reference): the dataset, the
 * layers (aligned, {@link LayerRows}), then every other setting in the words of the Lab
 * ({@link SettingRows}). A setting only some runs have (Adam's β where the reference uses momentum) is
 * added or removed, not changed.
 */
public final class SettingsDiff {
    /** The first row's name: which data, by name and the start of its checksum. */
    public static final String DATASET = "Dataset";
    private static final int CHECKSUM_SHOWN = 8;

    private SettingsDiff() {
    }

    /** One row per setting, in the order above; none for no runs. */
    public static List<DiffRow> of(List<ComparedRun> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        List<DiffRow> rows = new ArrayList<>();
        rows.add(compared(DATASET, runs.stream().map(SettingsDiff::dataset).toList()));
        rows.addAll(LayerRows.of(runs.stream().map(r -> r.spec().layers()).toList()));
        Map<String, List<String>> others = new LinkedHashMap<>(); // setting → each run's value, null where it has none
        for (int i = 0; i < runs.size(); i++) {
            for (SettingRows.Setting s : SettingRows.besidesLayers(runs.get(i).spec())) {
                others.computeIfAbsent(s.name(), name -> new ArrayList<>(Collections.nCopies(runs.size(), (String) null))).set(i, s.value());
            }
        }
        others.forEach((name, values) -> rows.add(compared(name, values)));
        return rows;
    }

    /** "XOR · 3f2a9c01": the name, and the checksum's start to tell two files of one name apart. */
    static String dataset(ComparedRun run) {
        String checksum = run.datasetChecksum();
        return run.datasetName() + (checksum == null ? "" : " · " + checksum.substring(0, Math.min(CHECKSUM_SHOWN, checksum.length())));
    }

    private static DiffRow compared(String name, List<String> values) {
        String reference = values.get(0);
        List<DiffCell> cells = new ArrayList<>();
        for (String v : values) {
            Change change = v == null ? (reference == null ? Change.SAME : Change.REMOVED)
                    : reference == null ? Change.ADDED : v.equals(reference) ? Change.SAME : Change.CHANGED;
            cells.add(new DiffCell(v == null ? DiffCell.NONE : v, change));
        }
        return row(name, cells);
    }

    static DiffRow row(String name, List<DiffCell> cells) {
        return new DiffRow(name, cells, cells.stream().anyMatch(c -> c.change() != Change.SAME));
    }
}
