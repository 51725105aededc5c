package dev.chainrule.engine.optim;

import dev.chainrule.engine.layer.Parameter;
import java.util.List;

/**
 * Updates parameters from their gradients.
 *
 * <p>Lifecycle (one fresh instance per training run, never shared between runs or threads):
 * <ol>
 *   <li>{@link #initialise} once with the network's parameters, before the first step;
 *       allocates the state (momentum buffers, moments) shaped like them;</li>
 *   <li>{@link #step} once per batch, after backward (and after
 *       clipping and weight decay): reads each gradient, modifies each value in place;</li>
 *   <li>{@link #reset} forgets the state, so the next step behaves like the first.</li>
 * </ol>
 */
public interface Optimizer {

    /** @param parameters the parameters to update; their gradients are read, values modified */
    void initialise(List<Parameter> parameters);

    /** Applies one update to every parameter. */
    void step();

    /**
     * {@link #step()} that also writes, for each parameter in {@link #initialise}'s order, Σ g²
     * of the gradient it applied. The trainer takes its gradient norms from these when nothing
     * changes the gradients between backward and the step (no clipping, no weight decay):
     * the optimizer reads every gradient anyway, so this saves a second pass over them (the
     * 784-256-128-10 benchmark network: 1.6 MB per step).
     *
     * @param gradientSquareSums one slot per parameter, overwritten
     */
    void step(double[] gradientSquareSums);

    /** Drops the accumulated state; the parameters stay as they are. */
    void reset();
}
