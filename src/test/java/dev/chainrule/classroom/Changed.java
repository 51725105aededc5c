package dev.chainrule.classroom;

import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.List;

/** An experiment with one part changed, as a student (or a tampered page) would send it. */
final class Changed {
    private Changed() {
    }

    static ExperimentSpec training(ExperimentSpec spec, TrainingConfig config) {
        return new ExperimentSpec(spec.title(), spec.data(), spec.layers(), config, spec.init(), List.of());
    }

    static ExperimentSpec layers(ExperimentSpec spec, List<LayerSpec> layers) {
        return new ExperimentSpec(spec.title(), spec.data(), layers, spec.training(), spec.init(), List.of());
    }

    static ExperimentSpec options(ExperimentSpec spec, DataOptions options) {
        ExperimentData d = spec.data();
        return data(spec, new ExperimentData(options, d.dataset(), null, null, d.synthetic()));
    }

    static ExperimentSpec dataset(ExperimentSpec spec, String key, SyntheticSettings synthetic) {
        return data(spec, new ExperimentData(spec.data().options(), key, null, null, synthetic));
    }

    private static ExperimentSpec data(ExperimentSpec spec, ExperimentData data) {
        return new ExperimentSpec(spec.title(), data, spec.layers(), spec.training(), spec.init(), List.of());
    }
}
