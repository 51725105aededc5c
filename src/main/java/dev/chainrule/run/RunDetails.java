package dev.chainrule.run;

import dev.chainrule.experiment.ExperimentSpec;
import java.util.List;

/** A run with its experiment (the parsed spec) and its stored per-epoch history. */
public record RunDetails(Run run, ExperimentSpec spec, List<EpochRecord> history) {
}
