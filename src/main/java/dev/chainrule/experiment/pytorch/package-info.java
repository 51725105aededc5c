/**
 * Export as PyTorch: an experiment and its prepared rows become one readable, self-contained
 * Python script ({@link dev.chainrule.experiment.pytorch.PyTorchExport}) that trains the same
 * network in PyTorch float64 with the same initial weights, example order, dropout masks, loss and
 * optimizer, so a learner can run the run as code and see {@code loss.backward()} and
 * {@code optimizer.step()} do what the engine did. The script's fixed parts are the resource
 * {@code /pytorch/run.py.template}; this package fills in what differs from run to run.
 *
 * <p>Part of the experiment room: it knows the experiment, the prepared data and the engine's values only.
 */
package dev.chainrule.experiment.pytorch;
