package dev.chainrule.compare;

import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunStatus;
import java.util.List;

/**
 * One run of a comparison, with what its axes and settings need besides its details.
 *
 * @param key             how the comparison names it: its {@link RunRef#key()}
 * @param datasetName     the dataset's name in the library now, or what the run recorded when it is gone
 * @param datasetChecksum SHA-256 of the bytes it trained on (hex); null when neither the run nor the
 *                        library knows them
 * @param trainingRows    the rows it trained on in each epoch, after dropping rows with gaps and splitting off
 *                        the validation rows; 0 when its data can no longer be prepared (then "examples seen"
 *                        is unknown for it)
 * @param viaShareLink    true when the visitor does not own it and sees it through a link
 */
public record ComparedRun(String key, long runId, RunDetails details, String datasetName, String datasetChecksum,
        int trainingRows, boolean viaShareLink) {

    /** The title as its owner last named it. */
    public String title() {
        return details.run().getTitle();
    }

    public ExperimentSpec spec() {
        return details.spec();
    }

    public List<EpochRecord> history() {
        return details.history();
    }

    public RunStatus status() {
        return details.run().getStatus();
    }
}
