package dev.chainrule.compare;

import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.EpochSummary;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunStatus;
import java.util.List;

/**
 * One run of a comparison, with what its axes and settings need besides its details.
 *
 * @param key             how the comparison names it: its {@link RunRef#key()}
 * @param details         the run with the epochs its curves draw (thinned as {@link Curves} thins them, and its last
 *                        epoch), not every epoch: {@link CompareService#fullHistory} reads those
 * @param summary         its last epoch and best numbers over EVERY stored epoch, for its {@link Outcome}
 * @param datasetName     the dataset's name in the library now, or what the run recorded when it is gone
 * @param datasetChecksum SHA-256 of the bytes it trained on (hex); null when neither the run nor the
 *                        library knows them
 * @param trainingRows    the rows it trained on in each epoch, after dropping rows with gaps and splitting off
 *                        the validation rows; 0 when its data can no longer be prepared (then "examples seen"
 *                        is unknown for it)
 * @param viaShareLink    true when the visitor does not own it and sees it through a link
 * @param ownerName       the display name of its owner when the visitor reads it through a grant (a teacher, a
 *                        student's run: several students' runs often share the assignment's title); null for one's
 *                        own and one seen through a link
 */
public record ComparedRun(String key, long runId, RunDetails details, EpochSummary summary, String datasetName,
        String datasetChecksum, int trainingRows, boolean viaShareLink, String ownerName) {

    /** The title as its owner last named it. */
    public String title() {
        return details.run().getTitle();
    }

    /** How the page names it: its title, and whose it is when it is someone else's read through a grant. */
    public String label() {
        return ownerName == null ? title() : title() + " (" + ownerName + ")";
    }

    public ExperimentSpec spec() {
        return details.spec();
    }

    /** The epochs its curves draw: a sample of the stored ones (or, while it trains, those that arrived). */
    public List<EpochRecord> history() {
        return details.history();
    }

    public RunStatus status() {
        return details.run().getStatus();
    }

    /** The same run of the comparison with other epochs: read again, or grown while it trains. */
    public ComparedRun with(RunDetails newDetails, EpochSummary newSummary) {
        return new ComparedRun(key, runId, newDetails, newSummary, datasetName, datasetChecksum, trainingRows, viaShareLink,
                ownerName);
    }
}
