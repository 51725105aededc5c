package dev.chainrule.training;

import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunStatus;

/**
 * One of a person's runs still queued or training, as a list of them shows it (the Lab lists
 * them after a reload, each to watch again).
 *
 * @param spec            what was started: its title, planned epochs, dataset and layers
 * @param epochsDone      the newest epoch trained, 0 before the first
 * @param epochsPerSecond its pace now, 0 for full speed
 */
public record ActiveRun(long id, ExperimentSpec spec, RunStatus status, int epochsDone, int epochsPerSecond) {

    public String title() {
        return spec.title();
    }

    public int totalEpochs() {
        return spec.training().epochs();
    }

    /** True when its data travels inside the experiment (the seed example), not in the library. */
    public boolean inlineData() {
        return spec.data().inlineCsv() != null;
    }
}
