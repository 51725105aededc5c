package dev.chainrule.compare;

/**
 * The data a run trained on, as a comparison shows it: see {@link ComparedRun} for each part.
 */
record TrainedOn(String datasetName, String checksum, int trainingRows) {
}
