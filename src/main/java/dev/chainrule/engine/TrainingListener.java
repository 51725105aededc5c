package dev.chainrule.engine;

/**
 * Receives the metrics of each epoch that ran to its end. Called on the training thread,
 * after the epoch's last update; {@code network} may be read ({@link Network#predict},
 * {@link Network#weights}) inside the call only, since training continues after it returns.
 * A slow listener slows training: hand the metrics to another thread if rendering is costly.
 */
@FunctionalInterface
public interface TrainingListener {

    /** A listener that ignores everything, for callers that only want the result. */
    TrainingListener NONE = (metrics, network) -> {
    };

    void onEpoch(EpochMetrics metrics, Network network);
}
