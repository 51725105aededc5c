package dev.chainrule.training;

import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A run that is queued or training on this server: its control handle, the epochs recorded so
 * far (so a late subscriber sees the whole curve) and its throttled subscribers. Of the epochs it
 * keeps only those its curves draw ({@link CurveThinning}, about a thousand) and the newest, so a
 * run's memory does not grow with its length; every epoch of a stored run is in the database.
 */
final class LiveRun {
    private final long runId;
    private final String owner;
    private final long sequence;
    private final RunControl control = new RunControl();
    // full speed until launch sets the pace asked for; the Lab changes it while the run trains
    private final Pacer pacer = new Pacer(0);
    // what was started, for the list of a person's runs still training (null in tests)
    private volatile ExperimentSpec spec;
    private volatile boolean started;
    private RunSnapshot snapshot;
    private RunStatus status = RunStatus.QUEUED;
    private final CurveThinning thinning;
    // the epochs the curves draw, then the newest if the thinning skips it
    private final List<EpochRecord> history = new ArrayList<>();
    private EpochRecord newest;
    private final List<ThrottledSubscriber> subscribers = new ArrayList<>();
    private volatile boolean serverShuttingDown;
    private boolean finished;
    private String endMessage;
    private List<DenseWeights> finalWeights;

    /** A run that keeps every epoch for its late subscribers (tests). */
    LiveRun(long runId) {
        this(runId, "", 0, new CurveThinning(1, Integer.MAX_VALUE));
    }

    /**
     * @param owner    who started it (a browser session), for the per-person limit
     * @param sequence order of submission, for the list of a person's runs
     * @param thinning the epochs kept for late subscribers (all epochs reach the live ones)
     */
    LiveRun(long runId, String owner, long sequence, CurveThinning thinning) {
        this.runId = runId;
        this.owner = owner;
        this.sequence = sequence;
        this.thinning = thinning;
    }

    String owner() {
        return owner;
    }

    long sequence() {
        return sequence;
    }

    boolean isStarted() {
        return started;
    }

    long runId() {
        return runId;
    }

    RunControl control() {
        return control;
    }

    Pacer pacer() {
        return pacer;
    }

    void describe(ExperimentSpec started) {
        this.spec = started;
    }

    /** The run as its owner's list of runs still training shows it; null when it was not described. */
    synchronized ActiveRun active() {
        return spec == null ? null
                : new ActiveRun(runId, spec, status, newest == null ? 0 : newest.epoch(), pacer.epochsPerSecond());
    }

    /** Stops the run because the server stops: it will be stored as interrupted. */
    void interruptForShutdown() {
        serverShuttingDown = true;
        control.requestStop();
    }

    boolean isServerShuttingDown() {
        return serverShuttingDown;
    }

    /** Returns false if the run ended meanwhile; the caller then reads its result elsewhere. */
    synchronized boolean subscribe(RunSubscriber subscriber) {
        if (finished) {
            return false;
        }
        List<EpochRecord> sofar = new ArrayList<>(history);
        if (newest != null && (sofar.isEmpty() || sofar.get(sofar.size() - 1) != newest)) {
            sofar.add(newest);
        }
        subscriber.onEpochs(sofar);
        subscriber.onStatus(status);
        if (snapshot != null) {
            subscriber.onSnapshot(snapshot);
        }
        subscribers.add(new ThrottledSubscriber(subscriber, System.nanoTime()));
        return true;
    }

    synchronized void unsubscribe(RunSubscriber subscriber) {
        subscribers.removeIf(s -> s.target() == subscriber);
    }

    synchronized void publish(EpochRecord record) {
        if (thinning.keeps(record.epoch())) {
            history.add(record);
        }
        newest = record;
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.offer(record, now);
        }
    }

    /** Training began, was paused or resumed: every viewer hears it at once (after pending epochs). */
    synchronized void setStatus(RunStatus newStatus) {
        if (newStatus == RunStatus.RUNNING) {
            started = true;
        }
        status = newStatus;
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.flush(now);
            s.target().onStatus(newStatus);
        }
    }

    /**
     * While the run is queued, tells its viewers "queued" again: its place in the queue changed (they read it
     * from {@link TrainingService#queuePosition}). Nothing once it has started.
     */
    synchronized void announcePlace() {
        if (status == RunStatus.QUEUED && !finished) {
            for (ThrottledSubscriber s : subscribers) {
                s.target().onStatus(RunStatus.QUEUED);
            }
        }
    }

    /**
     * Called by the training thread when it stops for a pause (after its last epoch was
     * published): announces PAUSED, unless the run was resumed meanwhile. Both this and
     * {@link #resume} hold this run's lock, so a pause and a resume cannot end in the wrong order.
     *
     * @param record saves the status (runs only when it is announced)
     */
    synchronized void announcePause(Runnable record) {
        if (status == RunStatus.PAUSED || !control.isPaused()) {
            return;
        }
        record.run();
        setStatus(RunStatus.PAUSED);
    }

    /**
     * Lets a paused run go on and announces RUNNING (see {@link #announcePause}).
     *
     * @param record saves the status
     */
    synchronized void resume(Runnable record) {
        control.resume();
        record.run();
        setStatus(RunStatus.RUNNING);
    }

    /** Queued, running or paused; once finished, how the run ended. */
    synchronized RunStatus status() {
        return status;
    }

    /** Once finished, what its viewers were told about the end (may be null). */
    synchronized String endMessage() {
        return endMessage;
    }

    /** Once finished, the weights it ended with, or null. */
    synchronized List<DenseWeights> finalWeights() {
        return finalWeights;
    }

    synchronized RunSnapshot lastSnapshot() {
        return snapshot;
    }

    synchronized void publishSnapshot(RunSnapshot newSnapshot) {
        snapshot = newSnapshot;
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.offerSnapshot(newSnapshot, now);
        }
    }

    /** Delivers pending epochs now, whatever the throttle says. */
    synchronized void flush() {
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.flush(now);
        }
    }

    /** @param weights what it learned (null when it failed before training), for a run that is not stored */
    synchronized void finish(RunStatus status, String message, List<DenseWeights> weights) {
        finished = true;
        this.status = status;
        this.endMessage = message;
        this.finalWeights = weights;
        long now = System.nanoTime();
        for (ThrottledSubscriber s : subscribers) {
            s.flush(now);
            s.target().onFinished(status, message);
        }
        subscribers.clear();
    }
}
