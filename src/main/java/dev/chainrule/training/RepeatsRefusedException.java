package dev.chainrule.training;

import java.util.List;

/**
 * Some or all of the runs of a "repeat with N seeds" could not start (the person's limit of runs at
 * once, a full server). The ones that did start keep training: the message says how many, and why the
 * rest did not.
 */
public class RepeatsRefusedException extends TrainingRejectedException {
    private final List<Long> started;

    RepeatsRefusedException(String message, List<Long> started) {
        super(message);
        this.started = List.copyOf(started);
    }

    /** The runs that did start, in the order of their seeds; possibly none. */
    public List<Long> started() {
        return started;
    }
}
