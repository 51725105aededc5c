package dev.chainrule.experiment;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Map;
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
    private final ExperimentRepository experiments;
    private final RunStore store;
    private final ExperimentService queries;
    private final int maxEpochs;
    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();

    TrainingService(TrainingExecutor executor, ExperimentRepository experiments,
            RunStore store, ExperimentService queries, @Value("${chainrule.training.max-epochs:100000}") int maxEpochs) {
        this.executor = executor;
        this.experiments = experiments;
        this.store = store;
        this.queries = queries;
        this.maxEpochs = maxEpochs;
    }

    public int maxEpochs() {
        return maxEpochs;
    }

    /**
     * Saves the experiment and queues its run.
     *
     * @param epochsPerSecond 0 trains at full speed; a positive pace lets people watch a tiny network learn
     * @return the new experiment's id
     */
    public long start(ExperimentSpec spec, int epochsPerSecond) {
        if (spec.training().epochs() > maxEpochs) {
            throw new TrainingRejectedException("epochs must be at most " + maxEpochs + " on this server, was "
                    + spec.training().epochs());
        }
        Experiment saved = experiments.save(new Experiment(spec.title(), ExperimentJson.write(spec),
                ExperimentStatus.QUEUED, Instant.now()));
        long id = saved.getId();
        LiveRun run = new LiveRun(id);
        live.put(id, run);
        try {
            executor.execute(new RunTask(run, spec, epochsPerSecond, store, () -> live.remove(id)));
        } catch (RejectedExecutionException e) {
            live.remove(id);
            experiments.deleteById(id);
            throw new TrainingRejectedException("The server is busy with other training runs. "
                    + "Please try again in a minute.");
        }
        return id;
    }

    /**
     * Follows a run: a live one sends its history so far, then new epochs; an ended one sends
     * its stored history and outcome at once. Close the returned handle when the view detaches.
     */
    public AutoCloseable subscribe(long experimentId, RunSubscriber subscriber) {
        LiveRun run = live.get(experimentId);
        if (run != null && run.subscribe(subscriber)) {
            return () -> run.unsubscribe(subscriber);
        }
        ExperimentDetails details = queries.details(experimentId);
        subscriber.onEpochs(details.history());
        subscriber.onFinished(details.experiment().getStatus(), details.experiment().getMessage());
        return () -> { };
    }

    /** Asks a run to stop after its current batch; what it learned so far is kept. */
    public void stop(long experimentId) {
        LiveRun run = live.get(experimentId);
        if (run != null) {
            run.control().requestStop();
        }
    }

    public boolean isLive(long experimentId) {
        return live.containsKey(experimentId);
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
