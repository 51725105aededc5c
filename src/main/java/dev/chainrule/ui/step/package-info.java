/**
 * Step through one update: the stages of one update of a small network (inputs, each neuron forward,
 * the loss, each weight's chain-rule factors backward, the optimizer's update), built from the
 * engine's {@code UpdateTrace} and walked with Next and Back beside the network diagram, which marks
 * the neuron or connection each stage explains. Opened from the seed page and the Lab.
 */
package dev.chainrule.ui.step;
