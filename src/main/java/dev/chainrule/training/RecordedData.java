package dev.chainrule.training;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import java.util.Objects;

/**
 * The library data a stored run trained on, prepared again exactly as its experiment records it,
 * or why that is no longer possible: the one place that decides whether an old run's data is still
 * the same (same dataset, same bytes by checksum), for its page and its recomputed picture alike.
 *
 * @param prepared    the data; null when there is a problem
 * @param problem     null when prepared
 * @param datasetName the dataset's name in the library, when it is still there
 * @param detail      the importer's message for {@link Problem#UNPREPARABLE}, else null
 */
public record RecordedData(PreparedData prepared, Problem problem, String datasetName, String detail) {

    public enum Problem {
        /** The run names no library dataset, or it was deleted. */
        MISSING,
        /** The dataset's bytes are not the ones the run trained on. */
        CHANGED,
        /** The importer or the preparation now refuses it. */
        UNPREPARABLE
    }

    /**
     * The data a run recorded; only for a caller that has already established the right to see the run.
     * An upload that is not the run owner's counts as missing: a run must never show someone else's data
     * (an imported file may name any "upload:N"; the import points it at the importer's own copy or at none).
     *
     * @param runOwnerId the account the run belongs to
     */
    public static RecordedData of(ExperimentData data, Long runOwnerId, DatasetService datasets) {
        DatasetChoice choice;
        try {
            // a generated dataset drawn again with the run's noise and seed: the very rows it trained on
            choice = datasets.recordedChoice(data.dataset(), runOwnerId).withSynthetic(data.synthetic());
        } catch (IllegalArgumentException e) {
            return new RecordedData(null, Problem.MISSING, null, null);
        }
        if (data.checksum() != null && !Objects.equals(data.checksum(), datasets.checksum(choice))) {
            return new RecordedData(null, Problem.CHANGED, choice.name(), null);
        }
        try {
            return new RecordedData(Preparation.prepare(datasets.table(choice), data.options()), null, choice.name(), null);
        } catch (DataFormatException e) {
            return new RecordedData(null, Problem.UNPREPARABLE, choice.name(), e.getMessage());
        }
    }
}
