package dev.chainrule.training;

import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.List;

/**
 * Receives a run's progress. Calls come from a training thread (or the caller's, for a run
 * that has already ended), at most about ten times a second: a view must hop onto its UI
 * with {@code ui.access}.
 */
public interface RunSubscriber {

    /** New epochs, in order; the first call brings everything recorded so far. */
    void onEpochs(List<EpochRecord> epochs);

    /** A new picture of the weights (and decision boundary), a few times a second at most. */
    default void onSnapshot(RunSnapshot snapshot) {
    }

    /**
     * What a live run delivers at each tick: the epochs since the last tick (maybe none) and the
     * newest picture (or null), together, so that a view can show both with one push. By default
     * it calls {@link #onEpochs} (when there are epochs) and then {@link #onSnapshot}.
     */
    default void onUpdate(List<EpochRecord> epochs, RunSnapshot snapshot) {
        if (!epochs.isEmpty()) {
            onEpochs(epochs);
        }
        if (snapshot != null) {
            onSnapshot(snapshot);
        }
    }

    /** The run started training, was paused or resumed; or, still queued, its place in the queue changed. */
    default void onStatus(RunStatus status) {
    }

    /** The run has ended (or had ended before subscribing). Called once, last. */
    void onFinished(RunStatus status, String message);
}
