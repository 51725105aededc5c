package dev.chainrule.run;

import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.Fields;
import dev.chainrule.experiment.ResultJson;
import java.util.Arrays;
import java.util.List;

/**
 * What an imported run's result must agree with: its experiment (history no longer than its epochs,
 * one gradient norm and one weight layer per dense layer, each layer inputs × units) and the life
 * cycle (an imported run has finished). The result reader has already checked each number where it stands.
 */
final class RunExportChecks {
    private RunExportChecks() {
    }

    /**
     * The status of an imported run. A file claiming one still queued, running or paused was not written
     * by this server ({@link RunExport#of} records a live run as stopped) and is refused, not guessed at.
     */
    static RunStatus finishedStatus(String id) {
        List<String> finished = Arrays.stream(RunStatus.values()).filter(s -> !s.isActive()).map(RunStatus::id).toList();
        if (!finished.contains(id)) {
            throw new ExperimentFormatException("result.status: an exported run has finished, so its status is one of "
                    + String.join(", ", finished) + "; was \"" + Fields.shown(id) + "\"");
        }
        return RunStatus.fromId(id);
    }

    static void matchesNetwork(ResultJson.Result result, ExperimentSpec spec) {
        List<DenseSpec> dense = spec.layers().stream().filter(DenseSpec.class::isInstance).map(DenseSpec.class::cast)
                .toList();
        int epochs = spec.training().epochs();
        if (result.epochs().size() > epochs) {
            throw new ExperimentFormatException("result.epochs: " + result.epochs().size() + " epochs, but the experiment "
                    + "trains for " + epochs + " (experiment.training.epochs)");
        }
        for (int i = 0; i < result.epochs().size(); i++) {
            int norms = result.epochs().get(i).gradientNorms().length;
            if (norms != dense.size()) {
                throw new ExperimentFormatException("result.epochs[" + i + "].gradientNorms: " + norms + " norms, but the "
                        + "network has " + dense.size() + " dense layers (one norm each)");
            }
        }
        List<DenseWeights> weights = result.weights();
        if (weights.isEmpty()) {
            return;
        }
        if (weights.size() != dense.size()) {
            throw new ExperimentFormatException("result.weights: " + weights.size() + " layers, but the network has "
                    + dense.size() + " dense layers (or none, for a run that stored no weights)");
        }
        int inputs = spec.weights().isEmpty() ? weights.get(0).inputs() : spec.weights().get(0).inputs();
        for (int k = 0; k < dense.size(); k++) {
            DenseWeights w = weights.get(k);
            int units = dense.get(k).units();
            if (w.inputs() != inputs || w.units() != units) {
                throw new ExperimentFormatException("result.weights[" + k + "].W: dense layer " + (k + 1) + " needs "
                        + inputs + " × " + units + " (inputs × units), was " + w.inputs() + " × " + w.units());
            }
            inputs = units;
        }
    }
}
