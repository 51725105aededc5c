package dev.chainrule.training;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The picture of an ended run that is no longer in memory (after a restart, or long after it
 * ended): its final weights, and for 2-D data the decision boundary, recomputed from those weights
 * on the data the run trained on, so an old run's page looks as it did when the run ended.
 */
@Component
class FinalPicture {
    private static final Logger log = LoggerFactory.getLogger(FinalPicture.class);
    private final DatasetService datasets;
    private final RunService runs;

    FinalPicture(DatasetService datasets, RunService runs) {
        this.datasets = datasets;
        this.runs = runs;
    }

    /**
     * Null when the run stored no weights.
     *
     * @param prepared the run's data as its experiment records it, when the caller has prepared it
     *                 already (a run's page does, for its points); null to prepare it here
     */
    RunSnapshot of(Run run, PreparedData prepared) {
        List<DenseWeights> weights = runs.finalWeights(run.getId()).orElse(null);
        if (weights == null) {
            return null;
        }
        int epoch = run.getEpochsDone();
        try {
            ExperimentSpec spec = ExperimentJson.read(run.getSpec());
            TrainingData train = trainingData(spec, run.getOwnerId(), prepared);
            if (train == null || train.plane() == null) {
                return new RunSnapshot(epoch, weights, null);
            }
            Network network = Network.create(spec.network(train.features()), weights);
            return new SnapshotTaker(train, spec.training().task()).take(epoch, network);
        } catch (RuntimeException e) {
            // the data changed or went away: the diagram can still show the weights
            log.debug("No decision boundary for run {}: {}", run.getId(), e.getMessage());
            return new RunSnapshot(epoch, weights, null);
        }
    }

    // the run's training rows, prepared as the experiment records; null when the data is not the same any more
    private TrainingData trainingData(ExperimentSpec spec, Long ownerId, PreparedData prepared) {
        ExperimentData data = spec.data();
        if (data.inlineCsv() != null) {
            return DataPreparation.prepareInline(data).train();
        }
        if (prepared == null) {
            prepared = RecordedData.of(data, ownerId, datasets).prepared(); // the caller's was checked the same way
        }
        return prepared == null ? null : prepared.train();
    }
}
