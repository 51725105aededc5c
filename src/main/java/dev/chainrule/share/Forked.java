package dev.chainrule.share;

import dev.chainrule.experiment.ExperimentSpec;

/**
 * A shared run's experiment, ready in the forker's Lab.
 *
 * @param spec        the experiment, titled as the run is now, its data pointing at the forker's copy of the
 *                    dataset (same checksum)
 * @param datasetKey  that dataset in the forker's library; null when the original's data is not in
 *                    any library (deleted since, or the seed example's data inside its experiment)
 * @param parentRunId the shared run, which runs trained from the fork record as their parent
 * @param notice      one line for the Lab: where the settings came from
 */
public record Forked(ExperimentSpec spec, String datasetKey, long parentRunId, String notice) {
}
