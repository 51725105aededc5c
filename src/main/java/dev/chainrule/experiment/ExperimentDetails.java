package dev.chainrule.experiment;

import java.util.List;

/** An experiment with its parsed spec and its stored per-epoch history. */
public record ExperimentDetails(Experiment experiment, ExperimentSpec spec, List<EpochRecord> history) {
}
