package dev.chainrule.experiment;

import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
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
 * @param synthetic the noise and seed a generated built-in dataset ("builtin:circles") was drawn with;
 *                  null = its file as shipped (the default settings), and for every other dataset
 */
public record ExperimentData(DataOptions options, String dataset, String checksum, String inlineCsv,
                             SyntheticSettings synthetic) {

    public ExperimentData {
        Objects.requireNonNull(options, "data options must not be null");
        if (dataset == null && inlineCsv == null) {
            // The headless command may still supply a CSV file; the name only says what it was.
            dataset = "";
        }
        if (synthetic != null && (inlineCsv != null || formula(dataset) == null)) {
            // a noise level on iris or an upload would be recorded but change nothing: refused, not ignored
            throw new IllegalArgumentException("noise and a data seed apply only to the generated built-in datasets ("
                    + SyntheticDataset.ids() + "), not to " + (inlineCsv != null ? "rows carried in the experiment"
                    : "\"" + Fields.shown(dataset) + "\"") + ": remove \"synthetic\", or choose one of those datasets");
        }
    }

    /** Data without noise settings: an upload, rows carried inline, or a built-in dataset as shipped. */
    public ExperimentData(DataOptions options, String dataset, String checksum, String inlineCsv) {
        this(options, dataset, checksum, inlineCsv, null);
    }

    public static ExperimentData inline(String csv, DataOptions options) {
        return new ExperimentData(options, "inline", null, csv);
    }

    /** The formula of a generated built-in dataset named by its key, else null. */
    static SyntheticDataset formula(String dataset) {
        return dataset != null && dataset.startsWith("builtin:")
                ? SyntheticDataset.byId(dataset.substring("builtin:".length())).orElse(null) : null;
    }
}
