package dev.chainrule.training.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where training runs execute: up to a number of places train at once, on a pool of run threads that take
 * turns on a few CPU slots ({@link CpuTurns}); further runs wait in a bounded queue. When a place frees, the
 * queue is fair between groups ({@link Share}): a priority run first, then the group that got a place longest
 * ago, so a run started by someone outside a class of thirty does not wait for all thirty. Tests swap in the
 * synchronous one (a {@code @Primary} bean) so a click on Train finishes the run before the test goes on.
 */
public final class TrainingExecutor {
    private static final Logger log = LoggerFactory.getLogger(TrainingExecutor.class);
    private final Executor threads;
    private final CpuTurns turns;
    private final int places;
    private final int queueCapacity;
    private final Object lock = new Object();
    // guarded by lock: runs holding a place, and those waiting for one
    private int training;
    private final FairLine<Ticket> queue = new FairLine<>();
    private volatile Runnable queueMoved = () -> { };

    private TrainingExecutor(Executor threads, CpuTurns turns, int places, int queueCapacity) {
        if (places < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("at least one place and a queue of 0 or more are needed, were "
                    + places + " and " + queueCapacity);
        }
        this.threads = threads;
        this.turns = turns;
        this.places = places;
        this.queueCapacity = queueCapacity;
    }

    /**
     * @param threads at least {@code places} threads; a task handed to it runs when a thread is back from the
     *                task before (its own queue holds it for those moments)
     */
    static TrainingExecutor pool(ExecutorService threads, CpuTurns turns, int places, int queueCapacity) {
        return new TrainingExecutor(threads, turns, places, queueCapacity);
    }

    /** Runs each task on the calling thread, never queued: for tests only. */
    public static TrainingExecutor synchronous() {
        return new TrainingExecutor(Runnable::run, new CpuTurns(1, CpuTurns.DEFAULT_SLICE_NANOS), Integer.MAX_VALUE,
                0);
    }

    public CpuTurns turns() {
        return turns;
    }

    /**
     * Called after the queue moved (a run got a place, or one joined the queue ahead of others), on the thread
     * that moved it and outside any lock: the places of waiting runs may have changed.
     */
    public void whenQueueMoves(Runnable listener) {
        this.queueMoved = listener;
    }

    /**
     * Trains {@code task} now if a place is free, or queues it for the next fair turn.
     *
     * @throws RejectedExecutionException when every place is taken and the queue is full
     */
    public void execute(Ticket ticket, Runnable task) {
        List<Ticket> starting;
        synchronized (lock) {
            ticket.checkUnused();
            if (training >= places && queue.size() >= queueCapacity) {
                throw new RejectedExecutionException(
                        "all " + places + " places and " + queueCapacity + " waiting places are taken");
            }
            ticket.queue(this, task);
            queue.add(ticket, ticket.share());
            starting = admit();
        }
        RejectedExecutionException refused = start(starting);
        if (refused != null) {
            throw refused;
        }
        // a run that had to wait may have gone ahead of others (a priority run, a group's first)
        if (!starting.contains(ticket)) {
            announceMoved();
        }
    }

    // lock held: as many as there are free places leave the queue, in its fair order
    private List<Ticket> admit() {
        List<Ticket> starting = new ArrayList<>();
        while (training < places && !queue.isEmpty()) {
            Ticket next = queue.serveNext();
            next.admitted = true;
            training++;
            starting.add(next);
        }
        return starting;
    }

    // hands the admitted runs to the threads; returns the refusal when the threads are shut down, else null
    private RejectedExecutionException start(List<Ticket> starting) {
        RejectedExecutionException refused = null;
        for (Ticket ticket : starting) {
            try {
                threads.execute(() -> {
                    try {
                        ticket.task.run();
                    } finally {
                        placeFreed();
                    }
                });
            } catch (RejectedExecutionException e) {
                // only after shutdown: the place is free again, and the task never runs
                synchronized (lock) {
                    training--;
                }
                refused = e;
            }
        }
        return refused;
    }

    // a run ended: the next in the fair order gets its place (after shutdown nobody does, and that is fine)
    private void placeFreed() {
        List<Ticket> starting;
        synchronized (lock) {
            training--;
            starting = admit();
        }
        if (!starting.isEmpty()) {
            start(starting);
            announceMoved();
        }
    }

    /**
     * Takes a waiting run out of the queue and runs its task here, on the calling thread, without a place: for a
     * run asked to stop while it waited, whose task then only records that it ended. The runs behind it move up.
     *
     * @return false when it was not waiting (it has a place, or was never queued here)
     */
    public boolean endWhileWaiting(Ticket ticket) {
        synchronized (lock) {
            if (!queue.remove(ticket)) {
                return false;
            }
            ticket.admitted = true;
        }
        try {
            ticket.task.run();
        } finally {
            announceMoved();
        }
        return true;
    }

    // the runs already started or queued stand whatever a listener does: a failure is logged, not passed on
    private void announceMoved() {
        try {
            queueMoved.run();
        } catch (RuntimeException e) {
            log.warn("Could not tell waiting runs their new places", e);
        }
    }

    OptionalInt placeOf(Ticket ticket) {
        synchronized (lock) {
            return queue.placeOf(ticket);
        }
    }

    void shutdown() throws InterruptedException {
        if (threads instanceof ExecutorService pool) {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
