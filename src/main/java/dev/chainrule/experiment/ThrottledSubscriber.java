package dev.chainrule.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Batches epochs for one subscriber so that it hears from a run at most once per interval,
 * however fast the engine goes; the browser then gets about ten pushes a second.
 * Not thread-safe on its own: {@link LiveRun} calls it under its lock.
 */
final class ThrottledSubscriber {
    static final long INTERVAL_NANOS = 100_000_000L;

    private final RunSubscriber subscriber;
    private final List<EpochRecord> pending = new ArrayList<>();
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

    void flush(long now) {
        if (!pending.isEmpty()) {
            subscriber.onEpochs(List.copyOf(pending));
            pending.clear();
        }
        lastDelivery = now;
    }
}
