package dev.chainrule.ui.step;

import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.ParameterTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * Every stage of one update in the order a learner walks it: the examples; forward, each neuron from the
 * inputs to the output; the loss; backward, from the output down, each unit's error then each weight and
 * bias into it; the update rule, then each weight's and bias's update.
 */
final class StepStages {

    private StepStages() {
    }

    static List<Stage> of(UpdateTrace trace) {
        List<LayerTrace> layers = trace.layers();
        UnitNames names = new UnitNames(layers.size(), layers.get(layers.size() - 1).units());
        ForwardStages forward = new ForwardStages(trace, names);
        BackwardStages backward = new BackwardStages(trace, names);
        UpdateStages update = new UpdateStages(trace, names);
        List<Stage> stages = new ArrayList<>();
        stages.add(forward.inputs());
        for (int k = 0; k < layers.size(); k++) {
            for (int j = 0; j < layers.get(k).units(); j++) {
                stages.add(forward.neuron(k, j));
            }
        }
        stages.add(forward.loss());
        for (int k = layers.size() - 1; k >= 0; k--) {
            for (int j = 0; j < layers.get(k).units(); j++) {
                stages.add(backward.error(k, j));
                for (int i = 0; i < layers.get(k).inputs(); i++) {
                    stages.add(backward.weight(k, i, j));
                }
                stages.add(backward.bias(k, j));
            }
        }
        stages.add(update.rule());
        for (ParameterTrace p : trace.parameters()) {
            for (int i = 0; i < p.rows(); i++) {
                for (int j = 0; j < p.cols(); j++) {
                    stages.add(update.parameter(p, i, j));
                }
            }
        }
        return stages;
    }
}
