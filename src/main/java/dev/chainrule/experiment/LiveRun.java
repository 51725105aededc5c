package dev.chainrule.experiment;

import dev.chainrule.engine.RunControl;
import java.util.ArrayList;
import java.util.List;

/**
 * A run that is queued or training on this server: its control handle, the epochs recorded so
 * far (so a late subscriber sees the whole curve) and its throttled subscribers.
 */
final class LiveRun {
    private final long experimentId;
    private final RunControl control = new RunControl();
    private final List<EpochRecord> history = new ArrayList<>();
    private final List<ThrottledSubscriber> subscribers = new ArrayList<>();
    private volatile boolean serverShuttingDown;
    private boolean finished;

    LiveRun(long experimentId) {
        this.experimentId = experimentId;
    }

    long experimentId() {
        return experimentId;
    }

    RunControl control() {
        return control;
    }

    /** Stops the run because the server stops: it will be stored as interrupted. */
    void interruptForShutdown() {
        serverShuttingDown = true;
        control.requestStop();
    }

    boolean isServerShuttingDown() {
        return serverShuttingDown;
    }

    /** Returns false if the run ended meanwhile; the caller then reads the stored result. */
    synchronized boolean subscribe(RunSubscriber subscriber) {
        if (finished) {
            return false;
        }
        subscriber.onEpochs(List.copyOf(history));
        subscribers.add(new ThrottledSubscriber(subscriber, System.nanoTime()));
        return true;
    }

    synchronized void unsubscribe(RunSubscriber subscriber) {
        subscribers.removeIf(s -> s.target() == subscriber);
    }

    synchronized void publish(EpochRecord record) {
        history.add(record);
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.offer(record, now);
        }
    }

    synchronized int epochsRecorded() {
        return history.size();
    }

    synchronized void finish(ExperimentStatus status, String message) {
        finished = true;
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.flush(now);
            s.target().onFinished(status, message);
        }
        subscribers.clear();
    }
}
