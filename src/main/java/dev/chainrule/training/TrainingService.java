package dev.chainrule.training;

import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.dataset.SizedCache;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import dev.chainrule.training.pool.TrainingExecutor;
import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one place where training runs start. Runs go to a bounded executor (never a request
 * thread); the registry of live runs lets views subscribe to a run's progress and stop it.
 */
@Service
public class TrainingService {
    private final TrainingExecutor executor;
    private final RunStore store;
    private final RunService queries;
    private final FinalPicture finalPicture;
    private final EpochWriter epochWriter;
    private final int maxEpochs;
    private final long maxParameters;
    /** One person (browser session) may train this many runs at once, so nobody starves the others. */
    public static final int MAX_RUNS_PER_OWNER = 2;

    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();
    private long sequence;
    /**
     * The last picture of recently ended runs, for viewers who arrive just after the end; bounded by
     * bytes ({@code chainrule.training.recent-pictures-megabytes}), as each holds all the weights.
     */
    private final SizedCache<Long, RunSnapshot> recentSnapshots;

    TrainingService(TrainingExecutor executor, RunStore store, RunService queries, FinalPicture finalPicture,
            EpochWriter epochWriter, @Value("${chainrule.training.max-epochs:100000}") int maxEpochs,
            @Value("${chainrule.training.max-parameters:2000000}") long maxParameters,
            @Value("${chainrule.training.recent-pictures-megabytes:64}") int recentPicturesMegabytes) {
        this.executor = executor;
        this.store = store;
        this.queries = queries;
        this.finalPicture = finalPicture;
        this.epochWriter = epochWriter;
        this.maxEpochs = maxEpochs;
        this.maxParameters = maxParameters;
        this.recentSnapshots = new SizedCache<>(SizedCache.megabytes(recentPicturesMegabytes),
                RunSnapshot::estimatedBytes);
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
     * Saves a run of the experiment and queues it on prepared data.
     *
     * @param validation held-out rows, or null
     * @return the new run's id
     * @throws TrainingRejectedException when the server is full, this person already has
     *         {@value #MAX_RUNS_PER_OWNER} runs going, or the network is over {@link #maxParameters()}
     * @throws SignInRequiredException for an anonymous starter: a stored run belongs to someone
     */
    public synchronized long start(ExperimentSpec spec, TrainingData train, TrainingData validation,
            StartOptions options) {
        if (spec.training().epochs() > maxEpochs) {
            throw new TrainingRejectedException("epochs must be at most " + maxEpochs + " on this server, was "
                    + spec.training().epochs());
        }
        checkParameters(spec.network(train.features()));
        Long ownerId = options.starter().requireAccount(); // a stored run is someone's
        String owner = options.starter().key();
        if (live.values().stream().filter(r -> r.owner().equals(owner)).count() >= MAX_RUNS_PER_OWNER) {
            throw new TrainingRejectedException("You already have " + MAX_RUNS_PER_OWNER + " runs training. "
                    + "Wait for one to finish, or stop one, then try again.");
        }
        long id = store.create(ownerId, spec.title(), ExperimentJson.write(spec),
                options.datasetId(), options.parentId());
        LiveRun run = new LiveRun(id, owner, sequence++, CurveThinning.of(spec.training().epochs()));
        live.put(id, run);
        try {
            executor.execute(new RunTask(run, spec, train, validation, options.epochsPerSecond(), store,
                    epochWriter, executor.turns(), () -> ended(run)));
        } catch (RejectedExecutionException e) {
            live.remove(id);
            store.deleteQueued(id);
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
        RunSnapshot last = run.lastSnapshot();
        if (last != null) {
            recentSnapshots.put(run.runId(), last);
        }
        live.remove(run.runId());
    }

    /**
     * Follows a run: a live one sends its history so far, then new epochs; an ended one sends
     * its stored history and outcome at once. Close the returned handle when the view detaches.
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
        checkOwner(visitor, runId);
        return follow(runId, subscriber, prepared);
    }

    /**
     * Like {@link #subscribe(Visitor, long, RunSubscriber, PreparedData)} for a caller that has already
     * established the right to see the run (a share link checked by the share service).
     */
    public AutoCloseable follow(long runId, RunSubscriber subscriber, PreparedData prepared) {
        LiveRun run = live.get(runId);
        if (run != null && run.subscribe(subscriber)) {
            return () -> run.unsubscribe(subscriber);
        }
        RunDetails details = queries.detailsOf(runId);
        subscriber.onEpochs(details.history());
        RunSnapshot last = recentSnapshots.get(runId);
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

    /** Asks a run to stop after its current batch; what it learned so far is kept. */
    public void stop(Visitor visitor, long runId) {
        checkOwner(visitor, runId);
        LiveRun run = live.get(runId);
        if (run != null) {
            run.control().requestStop();
        }
    }

    public boolean isLive(long runId) {
        return live.containsKey(runId);
    }

    /**
     * Pauses a run after its current epoch; its thread waits, keeping what was learned. Viewers
     * hear "paused" from the training thread once it has stopped, after that last epoch.
     */
    public void pause(Visitor visitor, long runId) {
        control(visitor, runId, run -> run.control().pause());
    }

    public void resume(Visitor visitor, long runId) {
        control(visitor, runId, run -> run.resume(() -> store.markStatus(runId, RunStatus.RUNNING)));
    }

    /** On a paused run: trains exactly one more epoch, then waits again. */
    public void step(Visitor visitor, long runId) {
        control(visitor, runId, run -> run.control().step());
    }

    /** 1 for the next run to start, 2 after it, …; empty once the run trains or has ended. */
    public OptionalInt queuePosition(long runId) {
        LiveRun run = live.get(runId);
        if (run == null || run.isStarted()) {
            return OptionalInt.empty();
        }
        long ahead = live.values().stream().filter(r -> !r.isStarted() && r.sequence() < run.sequence()).count();
        return OptionalInt.of((int) ahead + 1);
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
        queries.owned(visitor, runId);
    }

    private void control(Visitor visitor, long runId, java.util.function.Consumer<LiveRun> action) {
        checkOwner(visitor, runId);
        LiveRun run = live.get(runId);
        if (run != null && run.isStarted()) {
            action.accept(run);
        }
    }

    /** On shutdown, runs end as "interrupted" with their history saved. */
    @PreDestroy
    void stopAllForShutdown() throws InterruptedException {
        live.values().forEach(LiveRun::interruptForShutdown);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!live.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
