package dev.chainrule.training;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Starts runs on library datasets: prepares the data exactly as the experiment records
 * it (so a re-run gives identical batches), then hands the run to the {@link TrainingService}.
 */
@Service
public class RunLauncher {
    private final DatasetService datasets;
    private final TrainingService training;

    RunLauncher(DatasetService datasets, TrainingService training) {
        this.datasets = datasets;
        this.training = training;
    }

    /** What a network for this dataset must look like, and the points to draw. */
    public PreparedData prepare(Visitor visitor, String datasetKey, DataOptions options) {
        return prepare(visitor, datasetKey, null, options);
    }

    /**
     * Like {@link #prepare(Visitor, String, DataOptions)}, a generated dataset drawn with this noise and seed.
     *
     * @param synthetic null = the dataset as shipped or stored
     * @throws IllegalArgumentException when the dataset is not a generated one
     */
    public PreparedData prepare(Visitor visitor, String datasetKey, SyntheticSettings synthetic, DataOptions options) {
        DatasetChoice choice = datasets.choice(visitor, datasetKey).withSynthetic(synthetic);
        return Preparation.prepare(datasets.table(choice), options);
    }

    /** Like {@link #start}, for callers that need only the new run's id. */
    public long launch(String title, String datasetKey, DataOptions options, List<LayerSpec> layers,
            TrainingConfig config, Init init, Visitor starter, Long parentId) {
        return start(title, datasetKey, null, options, layers, config, init, starter, parentId, 0).id();
    }

    /** {@link #start(String, String, SyntheticSettings, DataOptions, List, TrainingConfig, Init, Visitor, Long, int)}
     *  on the dataset as shipped or stored, at full speed. */
    public LaunchedRun start(String title, String datasetKey, DataOptions options, List<LayerSpec> layers,
            TrainingConfig config, Init init, Visitor starter, Long parentId) {
        return start(title, datasetKey, null, options, layers, config, init, starter, parentId, 0);
    }

    /**
     * Prepares the data once and starts a run on it.
     *
     * @param synthetic       the noise and seed a generated built-in dataset is drawn with, recorded in the experiment;
     *                        null = the dataset as shipped or stored
     * @param layers          the hidden layers and the output layer
     * @param epochsPerSecond its pace (0 for full speed), changeable later ({@link TrainingService#setPace})
     * @return the new run's id and the data it trains on
     * @throws dev.chainrule.data.DataFormatException     when the data cannot be prepared this way
     * @throws TrainingRejectedException when the server or this person is at the limit
     * @throws IllegalArgumentException  when the settings do not fit together (the engine's message), or noise is
     *                                   set for a dataset that is not generated
     */
    public LaunchedRun start(String title, String datasetKey, SyntheticSettings synthetic, DataOptions options,
            List<LayerSpec> layers, TrainingConfig config, Init init, Visitor starter, Long parentId, int epochsPerSecond) {
        DatasetChoice choice = datasets.choice(starter, datasetKey).withSynthetic(synthetic);
        PreparedData prepared = Preparation.prepare(datasets.table(choice), options);
        // Record what was resolved (target, task), so the JSON says exactly what happened.
        DataOptions resolved = options.withTarget(prepared.target()).withTask(prepared.task());
        ExperimentData data = new ExperimentData(resolved, choice.key(), datasets.checksum(choice), null, synthetic);
        ExperimentSpec spec = new ExperimentSpec(title, data, layers, config, init, List.of());
        spec.network(prepared.train().features()); // the engine's check: sizes fit together
        long id = training.start(spec, prepared.train(), prepared.validation(),
                new StartOptions(epochsPerSecond, starter, choice.storedId(), parentId));
        return new LaunchedRun(id, prepared);
    }
}
