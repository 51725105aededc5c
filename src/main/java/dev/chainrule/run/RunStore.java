package dev.chainrule.run;

import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentJson;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The writes a training run makes while it goes: status changes, epochs, the outcome. */
@Component
public class RunStore {
    private final RunRepository runs;
    private final EpochHistory history;

    RunStore(RunRepository runs, EpochHistory history) {
        this.runs = runs;
        this.history = history;
    }

    /** Saves a new run of the experiment {@code specJson}, queued; returns its id. */
    @Transactional
    public long create(String title, String specJson, Long datasetId, Long parentId) {
        Run run = new Run(title, specJson, RunStatus.QUEUED, Instant.now());
        run.setDatasetId(datasetId);
        run.setParentId(parentId);
        return runs.save(run).getId();
    }

    /** Takes back a run that never started (the pool refused it). */
    @Transactional
    public void deleteQueued(long id) {
        runs.deleteById(id);
    }

    /** Running (the first time it sets the start time) or paused. */
    @Transactional
    public void markStatus(long id, RunStatus status) {
        Run e = runs.findById(id).orElseThrow();
        e.setStatus(status);
        if (e.getStartedAt() == null) {
            e.setStartedAt(Instant.now());
        }
        runs.save(e);
    }

    @Transactional
    public void appendEpochs(long id, List<EpochRecord> epochs) {
        history.append(id, epochs);
    }

    @Transactional
    public void markFinished(long id, RunStatus status, String message, List<DenseWeights> weights,
            EpochRecord last) {
        Run e = runs.findById(id).orElseThrow();
        e.setStatus(status);
        e.setMessage(message);
        e.setFinishedAt(Instant.now());
        if (last != null) {
            e.setEpochsDone(last.epoch());
            e.setFinalMetrics(FinalMetrics.of(last).toJson());
        }
        if (weights != null) {
            e.setFinalWeights(ExperimentJson.writeWeights(weights));
        }
        runs.save(e);
    }
}
