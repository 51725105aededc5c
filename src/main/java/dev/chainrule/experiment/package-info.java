/**
 * The experiment: what to train, as one value ({@link dev.chainrule.experiment.ExperimentSpec}:
 * data and its preparation, layers, training settings, initial weights) and its one JSON format
 * ({@code chainrule-experiment/1}, with {@code chainrule-result/1} for results), used by storage,
 * re-runs and the headless command alike. See docs/ARCHITECTURE.md for the words: an experiment
 * is a design; a run is one training of it. A file from elsewhere (an import) is parsed by
 * {@link dev.chainrule.experiment.UntrustedJson} and checked against the fields the writers declare
 * ({@link dev.chainrule.experiment.KnownFields}).
 *
 * <p>May use the engine and data only: the headless command depends on this package and the
 * engine, never on Spring or the database.
 */
package dev.chainrule.experiment;
