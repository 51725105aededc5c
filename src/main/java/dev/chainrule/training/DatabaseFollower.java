package dev.chainrule.training;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.run.CurveRows;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunState;
import dev.chainrule.run.RunStatus;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Follows runs that train on another app instance, from what that instance stores: every
 * {@code chainrule.instance.follow-ms} (default 500) one shared thread reads, for each subscriber, the run's status and
 * the epochs stored after the last one it delivered, and hands them over as a live run would (its writer stores epochs
 * every 250 ms, so a viewer here is about half a second to a second behind). Pictures are drawn only where the run
 * trains: here there is none until the run ends, then the one its final weights give, as for any ended run. The
 * status is read before the epochs, and an instance stores a run's last epochs before its outcome, so the end comes
 * after every epoch.
 */
@Component
class DatabaseFollower {
    private static final Logger log = LoggerFactory.getLogger(DatabaseFollower.class);
    /** Epochs delivered at most per read: a run at full speed catches up over a few reads, not in one huge one. */
    static final int MAX_EPOCHS_PER_READ = 5_000;

    private final RunService queries;
    private final FinalPicture finalPicture;
    private final InstanceHeartbeat here;
    private final Set<Following> following = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "run-follower");
        t.setDaemon(true);
        return t;
    });

    DatabaseFollower(RunService queries, FinalPicture finalPicture, InstanceHeartbeat here,
            @Value("${chainrule.instance.follow-ms:500}") long followMillis) {
        if (followMillis < 1) {
            throw new IllegalArgumentException("chainrule.instance.follow-ms must be 1 or more, was " + followMillis
                    + "; 500 reads a run trained elsewhere twice a second.");
        }
        this.queries = queries;
        this.finalPicture = finalPicture;
        this.here = here;
        thread.scheduleWithFixedDelay(this::readAll, followMillis, followMillis, TimeUnit.MILLISECONDS);
    }

    /** The run's state when it is active on another instance than this one; empty otherwise. */
    Optional<RunState> trainingElsewhere(long runId) {
        return queries.stateOf(runId)
                .filter(s -> s.status().isActive() && !Objects.equals(s.instanceId(), here.thisInstance()));
    }

    /**
     * Sends the run's curve so far (the epochs a live run would keep for a late viewer) and its status, then follows
     * it until it ends or the handle is closed.
     */
    AutoCloseable follow(long runId, RunSubscriber subscriber, PreparedData prepared) {
        RunDetails sofar = queries.sampledOf(runId, spec -> CurveRows.stride(spec.training().epochs()));
        List<EpochRecord> epochs = sofar.history();
        Following f = new Following(runId, subscriber, prepared, sofar.run().getStatus(),
                epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch());
        subscriber.onEpochs(epochs);
        subscriber.onStatus(f.status);
        following.add(f); // a run that ended meanwhile ends at the next read
        return () -> following.remove(f);
    }

    private void readAll() {
        for (Following f : following) {
            try {
                f.read();
            } catch (RuntimeException e) {
                log.error("Could not read run {} trained on another instance; trying again", f.runId, e);
            }
        }
    }

    @PreDestroy
    void close() {
        thread.shutdownNow();
    }

    /** One subscriber's place in one run; read only on the follower's thread. */
    private final class Following {
        private final long runId;
        private final RunSubscriber subscriber;
        private final PreparedData prepared;
        private RunStatus status;
        private int lastEpoch;

        Following(long runId, RunSubscriber subscriber, PreparedData prepared, RunStatus status, int lastEpoch) {
            this.runId = runId;
            this.subscriber = subscriber;
            this.prepared = prepared;
            this.status = status;
            this.lastEpoch = lastEpoch;
        }

        void read() {
            Optional<RunState> state = queries.stateOf(runId);
            List<EpochRecord> epochs = queries.epochsAfter(runId, lastEpoch, MAX_EPOCHS_PER_READ);
            if (!following.contains(this)) {
                return; // closed while reading
            }
            if (!epochs.isEmpty()) {
                lastEpoch = epochs.get(epochs.size() - 1).epoch();
                subscriber.onUpdate(epochs, null);
            }
            if (state.isEmpty()) { // deleted after it ended, between two reads
                end(RunStatus.INTERRUPTED, "This run was deleted.");
                return;
            }
            RunState now = state.get();
            if (now.status().isActive()) {
                if (now.status() != status && epochs.size() < MAX_EPOCHS_PER_READ) {
                    status = now.status();
                    subscriber.onStatus(status);
                }
            } else if (epochs.size() < MAX_EPOCHS_PER_READ) { // ended, and every epoch delivered
                RunSnapshot last = finalPicture.of(queries.runOf(runId), prepared);
                if (last != null) {
                    subscriber.onSnapshot(last);
                }
                end(now.status(), now.message());
            }
        }

        private void end(RunStatus end, String message) {
            following.remove(this);
            subscriber.onFinished(end, message);
        }
    }
}
