package dev.chainrule.classroom;

import dev.chainrule.experiment.ExperimentSpec;

/**
 * An assignment as the Lab opens it for one person: its experiment on a dataset in their own library (an
 * upload of the teacher's copied to it), ready to show and to train through {@link AssignmentService#startRun}.
 */
public record AssignmentStart(Assignment assignment, ExperimentSpec experiment) {
}
