/**
 * What a network and its training are made of, as values: layers ({@code DenseSpec},
 * {@code DropoutSpec}), activations, losses, optimizers, clipping, early stopping, initialisation,
 * the task, explicit weights. Records validated in their constructors with messages a person can
 * act on ("units must be between 1 and 4096, was 0"); the experiment JSON reads and writes exactly these.
 *
 * <p>May use java.* and the engine's layer functions only.
 */
package dev.chainrule.engine.spec;
