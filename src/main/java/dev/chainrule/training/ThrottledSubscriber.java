package dev.chainrule.training;

import dev.chainrule.run.EpochRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches epochs and pictures for one subscriber so that it hears from a run at most once per
 * interval, however fast the engine goes; the browser then gets about ten pushes a second (a
 * picture waits for the next tick and travels with that tick's epochs; only the newest is kept).
 * Not thread-safe on its own: {@link LiveRun} calls it under its lock.
 */
final class ThrottledSubscriber {
    static final long INTERVAL_NANOS = 100_000_000L;

    private final RunSubscriber subscriber;
    private final List<EpochRecord> pending = new ArrayList<>();
    private RunSnapshot pendingSnapshot;
    private long lastDelivery;

    ThrottledSubscriber(RunSubscriber subscriber, long now) {
        this.subscriber = subscriber;
        this.lastDelivery = now;
    }

    RunSubscriber target() {
        return subscriber;
    }

    void offer(EpochRecord record, long now) {
        pending.add(record);
        if (now - lastDelivery >= INTERVAL_NANOS) {
            flush(now);
        }
    }

    void offerSnapshot(RunSnapshot snapshot, long now) {
        pendingSnapshot = snapshot;
        if (now - lastDelivery >= INTERVAL_NANOS) {
            flush(now);
        }
    }

    void flush(long now) {
        if (!pending.isEmpty() || pendingSnapshot != null) {
            subscriber.onUpdate(List.copyOf(pending), pendingSnapshot);
            pending.clear();
            pendingSnapshot = null;
        }
        lastDelivery = now;
    }
}
