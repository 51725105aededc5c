package dev.chainrule.run;

import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentSpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a downloaded run carries ({@link RunExportJson}, "chainrule-run/1"): the run as its owner knows it,
 * without its id, parent or share token, which mean something only on the server that made them.
 * An exported run has always finished: {@link #of} records a run exported while it trains as stopped
 * after the epochs stored so far, so an import never holds a run that claims to be still training.
 *
 * @param notes         null when there are none
 * @param dataset       the library entry it trained on, or null (its rows came inline, or the dataset is gone)
 * @param message       why it ended as it did (a failure, a divergence), or null
 * @param finalWeights  one per dense layer; empty when it stored none (it failed, or stopped before training)
 * @param createdAt     when it was created, or null
 * @param finishedAt    when it ended, or null
 */
public record RunExport(String title, String notes, ExperimentSpec experiment, DatasetInfo dataset,
        RunStatus status, String message, List<EpochRecord> history, List<DenseWeights> finalWeights,
        Instant createdAt, Instant finishedAt) {

    /** Messages name the field first ("title: …"), so a reader can show them as they are. */
    public RunExport {
        if (title == null || title.isBlank() || title.length() > RunService.MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("title: a title needs 1 to " + RunService.MAX_TITLE_LENGTH
                    + " characters, this one has " + (title == null ? 0 : title.length()));
        }
        if (notes != null && notes.length() > RunService.MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("notes: notes can be at most " + RunService.MAX_NOTES_LENGTH
                    + " characters, these have " + notes.length());
        }
        Objects.requireNonNull(experiment, "experiment must not be null");
        Objects.requireNonNull(status, "status must not be null");
        if (status.isActive()) {
            throw new IllegalArgumentException("status: an exported run has finished, this one is "
                    + status.id() + " (RunExport.of records a live run as stopped)");
        }
        history = history == null ? List.of() : List.copyOf(history);
        finalWeights = finalWeights == null ? List.of() : List.copyOf(finalWeights);
    }

    /**
     * The export of a stored run. One still queued, running or paused is exported as it stands: its
     * history so far, status {@code stopped}, and a message saying so; its final weights are those given
     * (a live run has stored none yet).
     *
     * @param finalWeights as {@link RunService#finalWeights} returns them
     * @param dataset      the dataset it trained on, or null
     */
    public static RunExport of(RunDetails details, List<DenseWeights> finalWeights, DatasetInfo dataset) {
        Run run = details.run();
        RunStatus status = run.getStatus();
        String message = run.getMessage();
        if (status.isActive()) {
            message = "Exported while " + status.label().toLowerCase(Locale.ROOT) + ", after "
                    + details.history().size() + " of " + details.spec().training().epochs() + " epochs.";
            status = RunStatus.STOPPED;
        }
        return new RunExport(run.getTitle(), run.getNotes(), details.spec(), dataset, status, message,
                details.history(), finalWeights, run.getCreatedAt(), run.getFinishedAt());
    }

    /**
     * The dataset a run trained on, so an import can find the same file in the importer's library
     * (by checksum) or say which one to upload. Messages name the field first ("checksum: …").
     *
     * @param checksum SHA-256 of its bytes as 64 lower-case hex digits, or null
     * @param rows     data rows, or null when not known
     * @param columns  columns, or null when not known
     */
    public record DatasetInfo(String name, String checksum, Integer rows, Integer columns) {
        private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

        public DatasetInfo {
            if (name == null || name.isBlank() || name.length() > DatasetService.MAX_NAME) {
                throw new IllegalArgumentException("name: a dataset name needs 1 to " + DatasetService.MAX_NAME
                        + " characters, this one has " + (name == null ? 0 : name.length()));
            }
            if (checksum != null && !SHA_256.matcher(checksum).matches()) {
                throw new IllegalArgumentException("checksum: a SHA-256 checksum is 64 lower-case hex digits");
            }
            if (rows != null && rows < 0) {
                throw new IllegalArgumentException("rows: must not be negative, was " + rows);
            }
            if (columns != null && columns < 0) {
                throw new IllegalArgumentException("columns: must not be negative, was " + columns);
            }
        }
    }
}
