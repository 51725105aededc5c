/**
 * Training runs while they go: {@link dev.chainrule.training.TrainingService} is the one place
 * where runs start (queued on the bounded pool, never a request thread), are paused, stepped,
 * resumed and stopped, and followed: a {@link dev.chainrule.training.RunSubscriber} gets the
 * history so far, then new epochs and pictures (weights, decision boundary) at most about ten
 * times a second. {@code RunTask} trains one run on a pool thread and writes it through
 * {@code run.RunStore}; an ended run's picture is rebuilt from its stored weights.
 *
 * <p>May use {@code run}, {@code dataset}, {@code experiment}, {@code data}, the engine and
 * {@code training.pool}; knows nothing of Vaadin (views hop onto their UI themselves).
 */
package dev.chainrule.training;
