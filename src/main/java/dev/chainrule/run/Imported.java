package dev.chainrule.run;

import dev.chainrule.experiment.ExperimentSpec;

/** What an import made of a file ({@link RunTransfer#importFile}): a stored run, or a design for the Lab. */
public sealed interface Imported {

    /** An exported run, now a finished run of the importer's, with its history and final weights. */
    record StoredRun(long runId) implements Imported {
    }

    /**
     * A bare experiment: nothing is stored, the Lab opens with it. Its dataset already points into the
     * importer's library (or at nothing), as an imported run's does.
     */
    record Design(ExperimentSpec experiment) implements Imported {
    }
}
