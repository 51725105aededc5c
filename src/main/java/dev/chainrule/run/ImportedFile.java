package dev.chainrule.run;

import dev.chainrule.experiment.ExperimentSpec;

/**
 * A JSON file someone imported ({@link RunExportJson#readImport}): either an exported run, kept as a
 * finished run with its history and weights, or a bare experiment, a design with no run yet that
 * the Lab opens to train.
 */
public sealed interface ImportedFile {

    /** A "chainrule-run/1" file. */
    record FinishedRun(RunExport run) implements ImportedFile {
    }

    /** A "chainrule-experiment/1" file: nothing has been trained. */
    record Design(ExperimentSpec experiment) implements ImportedFile {
    }
}
