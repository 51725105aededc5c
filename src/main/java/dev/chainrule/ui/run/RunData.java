package dev.chainrule.ui.run;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.training.RecordedData;

/**
 * The data a stored run trained on, prepared once for its page or its share page (the points of
 * its decision boundary, which is recomputed on the same data), or a line saying why it cannot be.
 *
 * @param prepared null when the data cannot be prepared as the run recorded it
 * @param problem  why not, for the person; null when prepared
 */
public record RunData(PreparedData prepared, String problem) {
    private static final String STILL_HERE = " Its curves and weights are still here; its decision boundary is not shown.";

    /**
     * For a caller that has already established the right to see the run (see {@link RecordedData#of}).
     *
     * @param runOwnerId the account the run belongs to: only its uploads are its data
     */
    public static RunData of(ExperimentData data, Long runOwnerId, DatasetService datasets) {
        return of(RecordedData.of(data, runOwnerId, datasets));
    }

    public static RunData of(RecordedData recorded) {
        if (recorded.problem() == null) {
            return new RunData(recorded.prepared(), null);
        }
        return problem(switch (recorded.problem()) {
            case MISSING -> "The dataset of this run is no longer in the library.";
            case CHANGED -> "The dataset \u201c" + recorded.datasetName() + "\u201d has changed since this run trained on it.";
            case UNPREPARABLE -> "The dataset \u201c" + recorded.datasetName()
                    + "\u201d can no longer be prepared as this run recorded: " + recorded.detail();
        });
    }

    private static RunData problem(String why) {
        return new RunData(null, why + STILL_HERE);
    }
}
