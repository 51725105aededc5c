package dev.chainrule.ui.share;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.SettingRows;
import dev.chainrule.run.FinalMetrics;
import dev.chainrule.run.Run;
import dev.chainrule.share.SharedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared run's dataset (name, size, inputs, target) and its final numbers, as table lines; a run's own page
 * shows the same final numbers.
 */
public final class RunFacts {
    /** Input names listed before "and N more": a 1,000-column dataset would fill the page. */
    private static final int NAMED_INPUTS = 12;

    private RunFacts() {
    }

    /** Empty when the run's data travels inside its experiment (the seed example) or left the library. */
    static List<SettingRows.Setting> dataset(SharedRun shared) {
        List<SettingRows.Setting> rows = new ArrayList<>();
        SharedRun.SharedDataset dataset = shared.dataset();
        if (dataset == null) {
            return rows;
        }
        rows.add(new SettingRows.Setting("Dataset", dataset.name()));
        if (dataset.rows() != null) {
            rows.add(new SettingRows.Setting("Size", String.format("%,d rows × %,d columns", dataset.rows(), dataset.columns())));
        }
        PreparedData data = shared.data() == null ? null : shared.data().prepared();
        if (data != null) {
            rows.add(new SettingRows.Setting("Target", data.target() + " (" + data.task().id()
                    + (data.classLabels().isEmpty() ? "" : ", " + data.classLabels().size() + " classes") + ")"));
            rows.add(new SettingRows.Setting("Inputs", inputs(data.featureNames())));
            rows.add(new SettingRows.Setting("Rows trained on", String.format("%,d for training, %,d for validation",
                    data.train().rows(), data.validation() == null ? 0 : data.validation().rows())));
        }
        return rows;
    }

    private static String inputs(List<String> names) {
        String listed = String.join(", ", names.subList(0, Math.min(NAMED_INPUTS, names.size())));
        return names.size() + ": " + listed + (names.size() > NAMED_INPUTS ? " and " + (names.size() - NAMED_INPUTS) + " more" : "");
    }

    /** The run's outcome and its last epoch's numbers; the numbers are absent before its first epoch. */
    public static List<SettingRows.Setting> metrics(Run run, FinalMetrics metrics) {
        List<SettingRows.Setting> rows = new ArrayList<>();
        rows.add(new SettingRows.Setting("Status", run.getStatus().label()
                + (run.getMessage() == null ? "" : ": " + run.getMessage())));
        rows.add(new SettingRows.Setting("Epochs trained", String.format("%,d", run.getEpochsDone())));
        if (metrics == null) {
            return rows;
        }
        add(rows, "Training loss", metrics.trainLoss(), false);
        add(rows, "Validation loss", metrics.validationLoss(), false);
        add(rows, "Training accuracy", metrics.trainAccuracy(), true);
        add(rows, "Validation accuracy", metrics.validationAccuracy(), true);
        return rows;
    }

    private static void add(List<SettingRows.Setting> rows, String name, Double value, boolean percent) {
        if (value != null) {
            rows.add(new SettingRows.Setting(name, percent ? String.format("%.1f %%", value * 100)
                    : SettingRows.number(value)));
        }
    }
}
