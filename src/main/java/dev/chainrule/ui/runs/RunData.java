package dev.chainrule.ui.runs;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.training.RunLauncher;
import java.util.Objects;

/**
 * The data a stored run trained on, prepared once for its page (the points of its decision
 * boundary, which is recomputed on the same data), or a line saying why it cannot be.
 *
 * @param prepared null when the data cannot be prepared as the run recorded it
 * @param problem  why not, for the person; null when prepared
 */
record RunData(PreparedData prepared, String problem) {
    private static final String STILL_HERE = " Its curves and weights are still here; its decision boundary is not shown.";

    static RunData of(ExperimentData data, DatasetService datasets, RunLauncher launcher) {
        DatasetChoice choice;
        try {
            choice = datasets.choice(data.dataset());
        } catch (IllegalArgumentException e) {
            return problem("The dataset of this run is no longer in the library.");
        }
        if (data.checksum() != null && !Objects.equals(data.checksum(), datasets.checksum(choice))) {
            return problem("The dataset \u201c" + choice.name() + "\u201d has changed since this run trained on it.");
        }
        try {
            return new RunData(launcher.prepare(choice.key(), data.options()), null);
        } catch (DataFormatException e) {
            return problem("The dataset \u201c" + choice.name() + "\u201d can no longer be prepared as this run recorded: "
                    + e.getMessage());
        }
    }

    private static RunData problem(String why) {
        return new RunData(null, why + STILL_HERE);
    }
}
