package dev.chainrule.experiment;

import dev.chainrule.engine.DenseWeights;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The writes a training run makes while it goes: status changes, epochs, the outcome. */
@Component
class RunStore {
    private final ExperimentRepository experiments;
    private final EpochHistory history;

    RunStore(ExperimentRepository experiments, EpochHistory history) {
        this.experiments = experiments;
        this.history = history;
    }

    /** Running (the first time it sets the start time) or paused. */
    @Transactional
    public void markStatus(long id, ExperimentStatus status) {
        Experiment e = experiments.findById(id).orElseThrow();
        e.setStatus(status);
        if (e.getStartedAt() == null) {
            e.setStartedAt(Instant.now());
        }
        experiments.save(e);
    }

    @Transactional
    public void appendEpochs(long id, List<EpochRecord> epochs) {
        history.append(id, epochs);
    }

    @Transactional
    public void markFinished(long id, ExperimentStatus status, String message, List<DenseWeights> weights,
            EpochRecord last) {
        Experiment e = experiments.findById(id).orElseThrow();
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
        experiments.save(e);
    }
}
