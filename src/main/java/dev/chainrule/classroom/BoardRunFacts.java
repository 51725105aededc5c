package dev.chainrule.classroom;

import dev.chainrule.classroom.BoardTables.RunSpec;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RecordedData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What never changes about a run once it started, for the board: the epochs it planned and its network's size. The
 * size needs the input width, which a training run has not stored yet (its weights come at its end), so its data is
 * prepared once as it recorded it; the board asks every second, so each run's facts are kept (a few thousand runs:
 * a long school day's worth).
 */
@Component
class BoardRunFacts {
    /** The planned epochs and, when they can be known, the weights and biases. */
    record Facts(int epochsPlanned, Long parameters) {
    }

    private static final int KEPT = 5_000;
    private final BoardTables tables;
    private final RunService runs;
    private final DatasetService datasets;
    private final Map<Long, Facts> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Facts> eldest) {
            return size() > KEPT;
        }
    };

    BoardRunFacts(BoardTables tables, RunService runs, DatasetService datasets) {
        this.tables = tables;
        this.runs = runs;
        this.datasets = datasets;
    }

    /** The run's facts; empty when it was deleted meanwhile. */
    Optional<Facts> of(long runId) {
        synchronized (kept) {
            Facts known = kept.get(runId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        RunSpec stored = tables.spec(runId);
        if (stored == null) {
            return Optional.empty();
        }
        ExperimentSpec spec = ExperimentJson.read(stored.specJson());
        Long parameters = inputs(runId, spec, stored.ownerId()).map(n -> spec.network(n).parameterCount()).orElse(null);
        Facts facts = new Facts(spec.training().epochs(), parameters);
        if (parameters != null) { // unknown now may be known later, when its weights are stored
            synchronized (kept) {
                kept.put(runId, facts);
            }
        }
        return Optional.of(facts);
    }

    // its weights' width when stored (initial or final), else its data's, prepared as the run recorded it
    private Optional<Integer> inputs(long runId, ExperimentSpec spec, Long ownerId) {
        if (!spec.weights().isEmpty()) {
            return Optional.of(spec.weights().get(0).inputs());
        }
        try {
            Optional<Integer> stored = runs.finalWeightsInputs(runId);
            if (stored.isPresent()) {
                return stored;
            }
        } catch (RunNotFoundException e) {
            return Optional.empty();
        }
        PreparedData prepared = RecordedData.of(spec.data(), ownerId, datasets).prepared();
        return prepared == null ? Optional.empty() : Optional.of(prepared.train().features());
    }
}
