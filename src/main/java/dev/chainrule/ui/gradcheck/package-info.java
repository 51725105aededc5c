/**
 * The gradient check, one click from the seed page and the Lab: every weight's gradient from backpropagation
 * beside the loss's own slope (the engine's {@link dev.chainrule.engine.GradientCheck}), in a dialog.
 */
package dev.chainrule.ui.gradcheck;
