package dev.chainrule.training;

import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.SizedCache;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.CurveRows;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import dev.chainrule.training.pool.Ticket;
import dev.chainrule.training.pool.TrainingExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one place where training runs start. Runs go to a bounded executor (never a request
 * thread); the registry of live runs lets views subscribe to a run's progress and stop it.
 * Most runs are stored; an unstored one ({@link #startUnstored}) trains and is followed the same
 * way but writes nothing to the database.
 */
@Service
public class TrainingService {
    private final TrainingExecutor executor;
    private final RunStore store;
    private final RunService queries;
    private final FinalPicture finalPicture;
    private final EpochWriter epochWriter;
    private final DatabaseFollower elsewhere;
    private final int maxEpochs;
    private final long maxParameters;
    /** One person (browser session) may train this many runs at once, so nobody starves the others. */
    public static final int MAX_RUNS_PER_OWNER = 2;

    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();
    // each live run's claim on a place to train, which knows its place in the fair queue
    private final Map<Long, Ticket> tickets = new ConcurrentHashMap<>();
    private long sequence;
    // unstored runs count down from -1, so their ids never meet a stored run's and every map keyed by id works
    private final AtomicLong unstoredIds = new AtomicLong();
    /**
     * The end of recently ended runs, for viewers who arrive just after it: the last picture, and for
     * an unstored run also how it ended (no table holds that). Bounded by bytes
     * ({@code chainrule.training.recent-pictures-megabytes}), as a picture holds all the weights.
     */
    private final SizedCache<Long, RecentEnd> recentEnds;

    /**
     * @param picture the last picture, or null
     * @param status  how it ended (read only for unstored runs: a stored run's row says it)
     */
    private record RecentEnd(RunSnapshot picture, RunStatus status, String message, String owner,
            List<DenseWeights> weights) {
        /** An unstored run's final weights are kept here, as nowhere else has them; a stored run's are in the database. */
        static RecentEnd of(LiveRun run) {
            return new RecentEnd(run.lastSnapshot(), run.status(), run.endMessage(), run.owner(),
                    isUnstored(run.runId()) ? run.finalWeights() : null);
        }

        long estimatedBytes() {
            long weightBytes = weights == null ? 0 : weights.stream().mapToLong(w -> 8L * (w.inputs() + 1L) * w.units()).sum();
            return 96 + (picture == null ? 0 : picture.estimatedBytes()) + (message == null ? 0 : 2L * message.length())
                    + weightBytes;
        }
    }

    TrainingService(TrainingExecutor executor, RunStore store, RunService queries, FinalPicture finalPicture,
            EpochWriter epochWriter, DatabaseFollower elsewhere, @Value("${chainrule.training.max-epochs:100000}") int maxEpochs,
            @Value("${chainrule.training.max-parameters:2000000}") long maxParameters,
            @Value("${chainrule.training.recent-pictures-megabytes:64}") int recentPicturesMegabytes) {
        this.executor = executor;
        this.store = store;
        this.queries = queries;
        this.finalPicture = finalPicture;
        this.epochWriter = epochWriter;
        this.elsewhere = elsewhere;
        this.maxEpochs = maxEpochs;
        this.maxParameters = maxParameters;
        this.recentEnds = new SizedCache<>(SizedCache.megabytes(recentPicturesMegabytes),
                RecentEnd::estimatedBytes);
    }

    /** A queued run's viewers hear "queued" again whenever the queue moves, and read their new place. */
    @PostConstruct
    void announcePlacesWhenTheQueueMoves() {
        executor.whenQueueMoves(() -> live.values().forEach(LiveRun::announcePlace));
    }

    public int maxEpochs() {
        return maxEpochs;
    }

    /**
     * The memory budget of one run: the most weights and biases a network may have here. It bounds
     * what a run holds (its weights, gradients and optimiser state) and what its end stores.
     */
    public long maxParameters() {
        return maxParameters;
    }

    /**
     * Saves a run of the experiment and queues it.
     *
     * @param epochsPerSecond 0 trains at full speed; a positive pace lets people watch a tiny network learn
     * @return the new run's id
     */
    public long start(Visitor starter, ExperimentSpec spec, int epochsPerSecond) {
        PreparedData data = DataPreparation.prepareInline(spec.data());
        return start(spec, data.train(), data.validation(), new StartOptions(epochsPerSecond, starter, null, null));
    }

    /**
     * Like {@link #start(Visitor, ExperimentSpec, int)}, but the run is never stored: no row in the
     * Runs list, no epochs, no weights (the seed page of a visitor without an account). It trains, is
     * followed, paused, stepped and stopped like any other run, on the same pool and CPU turns, and
     * counts towards the same per-person limit. Once it has ended only its viewers have seen it; a
     * viewer who subscribes after the end gets no epochs, just its last picture and how it ended,
     * while this server remembers them (see {@link #follow}).
     *
     * @param starter who starts it (an anonymous visitor's browser session, or a person)
     * @return the run's id, negative ({@link #isUnstored})
     * @throws TrainingRejectedException when the server is full or this person already has
     *         {@value #MAX_RUNS_PER_OWNER} runs going
     */
    public long startUnstored(Visitor starter, ExperimentSpec spec, int epochsPerSecond) {
        PreparedData data = DataPreparation.prepareInline(spec.data());
        return launch(spec, data.train(), data.validation(), new StartOptions(epochsPerSecond, starter, null, null),
                false);
    }

    /** True for the id of a run started by {@link #startUnstored}: the database knows nothing of it. */
    public static boolean isUnstored(long runId) {
        return runId < 0;
    }

    /**
     * Saves a run of the experiment and queues it on prepared data.
     *
     * @param validation held-out rows, or null
     * @return the new run's id
     * @throws TrainingRejectedException when the server is full, this person already has
     *         {@value #MAX_RUNS_PER_OWNER} runs going, or the network is over {@link #maxParameters()}
     * @throws SignInRequiredException for an anonymous starter: a stored run belongs to someone
     */
    public long start(ExperimentSpec spec, TrainingData train, TrainingData validation, StartOptions options) {
        return launch(spec, train, validation, options, true);
    }

    private synchronized long launch(ExperimentSpec spec, TrainingData train, TrainingData validation,
            StartOptions options, boolean stored) {
        if (spec.training().epochs() > maxEpochs) {
            throw new TrainingRejectedException("epochs must be at most " + maxEpochs + " on this server, was "
                    + spec.training().epochs());
        }
        checkParameters(spec.network(train.features()));
        String owner = options.starter().key();
        if (live.values().stream().filter(r -> r.owner().equals(owner)).count() >= MAX_RUNS_PER_OWNER) {
            throw new TrainingRejectedException("You already have " + MAX_RUNS_PER_OWNER + " runs training. "
                    + "Wait for one to finish, or stop one, then try again.");
        }
        long id = stored
                ? store.create(options.starter().requireAccount(), spec.title(), ExperimentJson.write(spec),
                        options.datasetId(), options.parentId())
                : unstoredIds.decrementAndGet();
        RunRecorder recorder = stored ? new DatabaseRecorder(id, store, epochWriter,
                CurveRows.stride(spec.training().epochs())) : RunRecorder.NOTHING;
        LiveRun run = new LiveRun(id, owner, sequence++, CurveThinning.of(spec.training().epochs()));
        run.pacer().setEpochsPerSecond(options.epochsPerSecond());
        run.describe(spec);
        live.put(id, run);
        Ticket ticket = new Ticket(options.share());
        tickets.put(id, ticket);
        try {
            executor.execute(ticket, new RunTask(run, spec, train, validation, recorder,
                    executor.turns().newTurn(run.control(), ticket.share()), () -> ended(run)));
        } catch (RejectedExecutionException e) {
            live.remove(id);
            tickets.remove(id);
            if (stored) {
                store.deleteQueued(id);
            }
            throw new TrainingRejectedException("The server is busy with other training runs. "
                    + "Please try again in a minute.");
        }
        return id;
    }

    /** @throws TrainingRejectedException when the network has more than {@link #maxParameters()} */
    void checkParameters(NetworkSpec network) {
        long parameters = network.parameterCount();
        if (parameters > maxParameters) {
            throw new TrainingRejectedException(overBudget(parameters, maxParameters));
        }
    }

    /** What people read when a network has more parameters than the server trains (also in the Lab's summary). */
    public static String overBudget(long parameters, long maxParameters) {
        return String.format(Locale.ROOT,
                "This network has %,d parameters; this server trains at most %,d. Use fewer or smaller layers.",
                parameters, maxParameters);
    }

    private void ended(LiveRun run) {
        RecentEnd end = RecentEnd.of(run);
        if (end.picture() != null || isUnstored(run.runId())) {
            recentEnds.put(run.runId(), end);
        }
        live.remove(run.runId());
        tickets.remove(run.runId());
    }

    /**
     * Follows a run: a live one sends its history so far, then new epochs; an ended one sends
     * its stored history and outcome at once (an ended unstored run: no epochs, its last picture
     * and outcome). Close the returned handle when the view detaches. Its owner may follow it, and a
     * reader a {@link dev.chainrule.run.RunGrant} lets in (a teacher watching a student's run).
     *
     * @throws RunNotFoundException when no run has this id, the visitor may not read it, or it was an unstored run that ended
     *         long enough ago to be forgotten
     */
    public AutoCloseable subscribe(Visitor visitor, long runId, RunSubscriber subscriber) {
        return subscribe(visitor, runId, subscriber, null);
    }

    /**
     * Like {@link #subscribe(long, RunSubscriber)}, with the run's data already prepared by the
     * caller (as its experiment records it), so that an old run's decision boundary is recomputed
     * on it instead of preparing the data a second time.
     *
     * @param prepared the run's prepared data, or null
     */
    public AutoCloseable subscribe(Visitor visitor, long runId, RunSubscriber subscriber, PreparedData prepared) {
        checkReader(visitor, runId);
        return follow(runId, subscriber, prepared);
    }

    /**
     * Like {@link #subscribe(Visitor, long, RunSubscriber, PreparedData)} for a caller that has already
     * established the right to see the run (a share link checked by the share service). A run training on
     * another app instance on this database is followed from what it stores ({@link #trainsElsewhere}).
     */
    public AutoCloseable follow(long runId, RunSubscriber subscriber, PreparedData prepared) {
        LiveRun run = live.get(runId);
        if (run != null && run.subscribe(subscriber)) {
            return () -> run.unsubscribe(subscriber);
        }
        if (isUnstored(runId)) {
            // it may have ended just now, before leaving the live runs: then it still knows its end
            sendEnd(runId, run == null ? recentEnds.get(runId) : RecentEnd.of(run), subscriber);
            return () -> { };
        }
        if (run == null && elsewhere.trainingElsewhere(runId).isPresent()) {
            return elsewhere.follow(runId, subscriber, prepared);
        }
        RunDetails details = queries.detailsOf(runId);
        subscriber.onEpochs(details.history());
        RecentEnd recent = recentEnds.get(runId);
        RunSnapshot last = recent == null ? null : recent.picture();
        if (last == null) {
            // an older run: its final weights, and the boundary recomputed from them on its data
            last = finalPicture.of(details.run(), prepared);
        }
        if (last != null) {
            subscriber.onSnapshot(last);
        }
        subscriber.onFinished(details.run().getStatus(), details.run().getMessage());
        return () -> { };
    }

    // An ended unstored run kept none of its epochs: what viewers had seen is all there was.
    private static void sendEnd(long runId, RecentEnd end, RunSubscriber subscriber) {
        if (end == null) {
            throw new RunNotFoundException(runId);
        }
        subscriber.onEpochs(List.of());
        if (end.picture() != null) {
            subscriber.onSnapshot(end.picture());
        }
        subscriber.onFinished(end.status(), end.message());
    }

    /**
     * Asks a run to stop after its current batch; what it learned so far is kept. A run still waiting for a place
     * ends now, so the runs behind it move up at once.
     *
     * @throws TrainingRejectedException when it trains on another app instance, which alone can stop it
     */
    public void stop(Visitor visitor, long runId) {
        checkOwner(visitor, runId);
        LiveRun run = live.get(runId);
        if (run != null) {
            run.control().requestStop();
            Ticket ticket = tickets.get(runId);
            if (ticket != null) {
                executor.endWhileWaiting(ticket);
            }
        } else {
            refuseIfElsewhere(runId);
        }
    }

    /**
     * True while the run trains on another app instance on this database (the load balancer sent this viewer here):
     * it is followed from what that instance stores, without pictures until it ends, and only that instance can stop,
     * pause or pace it.
     */
    public boolean trainsElsewhere(long runId) {
        return !isUnstored(runId) && !live.containsKey(runId) && elsewhere.trainingElsewhere(runId).isPresent();
    }

    /** What people read when they try to control a run another instance trains. */
    static final String CONTROLLED_ELSEWHERE = "This run trains on another of this site's servers, and only that "
            + "server can stop, pause or pace it. Use the browser you started it from, or wait for it to end.";

    private void refuseIfElsewhere(long runId) {
        if (trainsElsewhere(runId)) {
            throw new TrainingRejectedException(CONTROLLED_ELSEWHERE);
        }
    }

    /**
     * The weights a run of the visitor's ended with; empty while it trains, when it stored none, or
     * when an unstored run's end is no longer remembered.
     */
    public Optional<List<DenseWeights>> finalWeights(Visitor visitor, long runId) {
        checkOwner(visitor, runId);
        if (!isUnstored(runId)) {
            return queries.finalWeights(runId);
        }
        LiveRun run = live.get(runId);
        RecentEnd end = recentEnds.get(runId);
        return Optional.ofNullable(end != null ? end.weights() : run != null ? run.finalWeights() : null);
    }

    /**
     * The newest picture of a run (its weights and, on two-feature data, its decision boundary) for a
     * caller that has established the right to see it (a comparison of runs one may see): a training
     * run's last, an ended run's last, or one made again from its final weights on {@code prepared}
     * (null to prepare the data here). Empty while a run has drawn none, or when it stored no weights.
     */
    public Optional<RunSnapshot> picture(long runId, PreparedData prepared) {
        LiveRun run = live.get(runId);
        if (run != null) {
            return Optional.ofNullable(run.lastSnapshot());
        }
        RecentEnd recent = recentEnds.get(runId);
        if (recent != null && recent.picture() != null) {
            return Optional.of(recent.picture());
        }
        if (isUnstored(runId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(finalPicture.of(queries.runOf(runId), prepared));
    }

    /** True while the run is queued or trains on this app instance. */
    public boolean isLive(long runId) {
        return live.containsKey(runId);
    }

    /**
     * True while the run is queued or trains, here ({@link #isLive}) or on another app instance on this database
     * ({@link #trainsElsewhere}): a page that shows it follows it, and reads its final numbers once it ends.
     */
    public boolean isTraining(long runId) {
        return isLive(runId) || trainsElsewhere(runId);
    }

    /**
     * Pauses a run after its current epoch; its thread waits, keeping what was learned. Viewers
     * hear "paused" from the training thread once it has stopped, after that last epoch. Pause, resume and step
     * refuse a run another app instance trains ({@link #trainsElsewhere}) with a {@link TrainingRejectedException}.
     */
    public void pause(Visitor visitor, long runId) {
        control(visitor, runId, run -> run.control().pause());
    }

    public void resume(Visitor visitor, long runId) {
        control(visitor, runId, run -> run.resume(() -> {
            if (!isUnstored(runId)) {
                store.markStatus(runId, RunStatus.RUNNING);
            }
        }));
    }

    /** On a paused run: trains exactly one more epoch, then waits again. */
    public void step(Visitor visitor, long runId) {
        control(visitor, runId, run -> run.control().step());
    }

    /**
     * Changes how fast a queued or training run goes, e.g. from 10 epochs a second to full speed;
     * the next epoch keeps the new pace. Nothing happens to a run that has ended.
     *
     * @param epochsPerSecond 0 for full speed
     * @throws IllegalArgumentException for a negative pace
     * @throws RunNotFoundException     when the run is not there or someone else's
     * @throws TrainingRejectedException when it trains on another app instance
     */
    public void setPace(Visitor visitor, long runId, int epochsPerSecond) {
        if (epochsPerSecond < 0) {
            throw new IllegalArgumentException("epochs per second must be 0 (full speed) or positive, was "
                    + epochsPerSecond);
        }
        checkOwner(visitor, runId);
        LiveRun run = live.get(runId);
        if (run != null) {
            run.pacer().setEpochsPerSecond(epochsPerSecond);
        } else {
            refuseIfElsewhere(runId);
        }
    }

    /** The visitor's runs queued, training or paused on this server, the newest first. */
    public List<ActiveRun> activeRuns(Visitor visitor) {
        String owner = visitor.key();
        return live.values().stream().filter(r -> r.owner().equals(owner))
                .sorted(Comparator.comparingLong(LiveRun::sequence).reversed())
                .map(LiveRun::active).filter(Objects::nonNull).filter(r -> r.status().isActive()).toList();
    }

    /**
     * 1 for the next run to start, 2 after it, …; empty once the run trains or has ended. The queue is fair
     * between groups ({@link StartOptions#group()}), so this is the place in that order, not in order of arrival:
     * a run joining later may go ahead (a priority run, or a group that has had fewer places).
     */
    public OptionalInt queuePosition(long runId) {
        Ticket ticket = tickets.get(runId);
        return ticket == null ? OptionalInt.empty() : ticket.placeInQueue();
    }

    /**
     * Only the person who started a run controls or follows it here (others follow it through a
     * share link); for anyone else it is not found.
     *
     * @throws SignInRequiredException for an anonymous visitor and a stored run
     * @throws RunNotFoundException    when the run is not there or someone else's
     */
    private void checkOwner(Visitor visitor, long runId) {
        LiveRun run = live.get(runId);
        if (run != null && run.owner().equals(visitor.key())) {
            return;
        }
        if (isUnstored(runId)) {
            RecentEnd end = recentEnds.get(runId);
            if (run == null && end != null && end.owner().equals(visitor.key())) {
                return;
            }
            throw new RunNotFoundException(runId);
        }
        queries.owned(visitor, runId);
    }

    /**
     * Like {@link #checkOwner}, also letting in a stored run's granted reader ({@link RunService#readable}): to
     * follow it, never to control it. An unstored run (the seed page's) is its starter's alone.
     */
    private void checkReader(Visitor visitor, long runId) {
        if (isUnstored(runId)) {
            checkOwner(visitor, runId);
            return;
        }
        LiveRun run = live.get(runId);
        if (run == null || !run.owner().equals(visitor.key())) {
            queries.readable(visitor, runId);
        }
    }

    private void control(Visitor visitor, long runId, java.util.function.Consumer<LiveRun> action) {
        checkOwner(visitor, runId);
        LiveRun run = live.get(runId);
        if (run != null && run.isStarted()) {
            action.accept(run);
        } else if (run == null) {
            refuseIfElsewhere(runId);
        }
    }

    /** On shutdown, runs end as "interrupted", a stored one with its history saved. */
    @PreDestroy
    void stopAllForShutdown() throws InterruptedException {
        live.values().forEach(LiveRun::interruptForShutdown);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!live.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
