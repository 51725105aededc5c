/**
 * One update of a network seen stage by stage, as values: the batch, each dense layer's forward and
 * backward numbers, the loss, each parameter's gradient on its way to the optimizer and the
 * optimizer's state. Made by {@code engine.UpdateTracer} from the training's own computation; read
 * by the step-through pages. Values only: nothing here computes.
 */
package dev.chainrule.engine.trace;
