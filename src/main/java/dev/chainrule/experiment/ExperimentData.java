package dev.chainrule.experiment;

import dev.chainrule.data.prepare.DataOptions;
import java.util.Objects;

/**
 * The data part of an experiment: which dataset, and every preprocessing decision
 * ({@link DataOptions}). A small dataset may travel inside the experiment as CSV text
 * ({@code inlineCsv}, e.g. the seed's single example); it is read by the same importer as any upload.
 *
 * @param dataset   the dataset's name as the user knows it (built-in or uploaded), or null
 * @param checksum  SHA-256 of the dataset's bytes, so a re-run can tell it has the same file; or null
 * @param inlineCsv the rows themselves as CSV text, or null when they come from a dataset or a file
 */
public record ExperimentData(DataOptions options, String dataset, String checksum, String inlineCsv) {

    public ExperimentData {
        Objects.requireNonNull(options, "data options must not be null");
        if (dataset == null && inlineCsv == null) {
            // The headless command may still supply a CSV file; the name only says what it was.
            dataset = "";
        }
    }

    public static ExperimentData inline(String csv, DataOptions options) {
        return new ExperimentData(options, "inline", null, csv);
    }
}
