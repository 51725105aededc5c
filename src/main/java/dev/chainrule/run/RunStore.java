package dev.chainrule.run;

import dev.chainrule.engine.spec.DenseWeights;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The writes a training run makes while it goes: status changes, epochs, the outcome. */
@Component
public class RunStore {
    /** The message column's size. */
    static final int MAX_MESSAGE_LENGTH = 1000;
    private final RunRepository runs;
    private final EpochHistory history;
    private final AppInstances instances;

    RunStore(RunRepository runs, EpochHistory history, AppInstances instances) {
        this.runs = runs;
        this.history = history;
        this.instances = instances;
    }

    /**
     * Saves a new run of the experiment {@code specJson}, queued, trained by this app instance; returns its id.
     *
     * @param ownerId the account it belongs to (null only for tools and tests)
     */
    @Transactional
    public long create(Long ownerId, String title, String specJson, Long datasetId, Long parentId) {
        Run run = new Run(title, specJson, RunStatus.QUEUED, Instant.now());
        run.setOwnerId(ownerId);
        run.setDatasetId(datasetId);
        run.setParentId(parentId);
        run.setInstanceId(instances.thisInstance());
        return runs.save(run).getId();
    }

    /** Takes back a run that never started (the pool refused it). */
    @Transactional
    public void deleteQueued(long id) {
        runs.deleteById(id);
    }

    /**
     * Running (the first time it also sets the start time) or paused. Writes only these two
     * columns, so a rename or a notes edit made meanwhile stays.
     */
    @Transactional
    public void markStatus(long id, RunStatus status) {
        runs.updateStatus(id, status.id(), Instant.now());
    }

    /**
     * Appends epochs to a run's history (those its curve keeps, at {@code curveStride} ({@link CurveRows#stride} of
     * its planned epochs), to its curve too) and, in the same transaction, sets its epochs done and last
     * epoch's metrics, so a run cut short by a crash lists its progress (not 0 epochs and "—").
     */
    @Transactional
    public void appendEpochs(long id, List<EpochRecord> epochs, int curveStride) {
        if (epochs.isEmpty()) {
            return;
        }
        history.append(id, epochs, curveStride);
        EpochRecord last = epochs.get(epochs.size() - 1);
        runs.updateProgress(id, last.epoch(), FinalMetrics.of(last).toJson());
    }

    /**
     * The outcome: status, message, end time and, when there are any, the epochs done with the last
     * epoch's metrics and the final weights (as bytes, {@link FinalWeightsCodec}). Writes only these columns (title and notes stay as a
     * person may have changed them meanwhile).
     */
    @Transactional
    public void markFinished(long id, RunStatus status, String message, List<DenseWeights> weights,
            EpochRecord last) {
        runs.updateOutcome(id, status.id(), message, Instant.now(),
                last == null ? null : last.epoch(),
                last == null ? null : FinalMetrics.of(last).toJson(),
                weights == null ? null : FinalWeightsCodec.encode(weights));
    }

    /**
     * The fallback when {@link #markFinished} failed: the run ends failed with the reason, in a small
     * update that writes no weights and no metrics. The message is cut to fit its column.
     *
     * @param epochsDone the last epoch trained, or null
     */
    @Transactional
    public void markFailed(long id, String message, Integer epochsDone) {
        String m = message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH - 1) + "\u2026" : message;
        runs.updateFailed(id, m, Instant.now(), epochsDone);
    }
}
