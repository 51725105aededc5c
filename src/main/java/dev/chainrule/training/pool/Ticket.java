package dev.chainrule.training.pool;

import java.util.OptionalInt;

/** One run's claim on a place to train: its share, and while it waits, its place in the queue. */
public final class Ticket {
    private final Share share;
    private volatile TrainingExecutor executor;
    // set by the executor under its lock; read here without it
    volatile boolean admitted;
    // written under the executor's lock before a thread runs it
    Runnable task;

    public Ticket(Share share) {
        this.share = share;
    }

    public Share share() {
        return share;
    }

    /** 1 for the next run to get a place, 2 after it, …; empty before it was queued and once it has a place. */
    public OptionalInt placeInQueue() {
        TrainingExecutor queuedIn = executor;
        return queuedIn == null || admitted ? OptionalInt.empty() : queuedIn.placeOf(this);
    }

    void checkUnused() {
        if (executor != null) {
            throw new IllegalStateException("a ticket is used for one run only");
        }
    }

    void queue(TrainingExecutor executor, Runnable task) {
        this.executor = executor;
        this.task = task;
    }
}
