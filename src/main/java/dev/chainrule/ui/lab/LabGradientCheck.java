package dev.chainrule.ui.lab;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.gradcheck.CheckSubject;
import dev.chainrule.ui.gradcheck.GradientCheckButton;
import java.util.List;
import java.util.Optional;

/**
 * The Lab's "Gradient check": the network the builder shows at the initial weights its settings draw, on the
 * first batch a run of these settings would train on (the data prepared as Train prepares it: the same split,
 * standardising and computed inputs).
 */
final class LabGradientCheck {

    private LabGradientCheck() {
    }

    /** What the Lab shows now, to check; empty (with a message said) when it cannot be checked. */
    static Optional<CheckSubject> subject(NetworkBuilder builder, DatasetPicker dataset, TrainingSettingsForm settings,
            LabSettingsTabs tabs, RunLauncher launcher, Visitor visitor) {
        Optional<NetworkSpec> network = builder.spec();
        PreparedData shown = dataset.prepared();
        if (network.isEmpty() || shown == null || dataset.choice() == null) {
            GradientCheckButton.refuse("Nothing to check yet: choose a dataset and build a network the builder accepts.");
            return Optional.empty();
        }
        Optional<TrainingSettings> chosen = settings.settings(shown.task());
        if (chosen.isEmpty()) {
            tabs.showSettings(); // the messages are beside the fields: they must be seen
            List<String> fields = settings.refusedFields();
            GradientCheckButton.refuse("Nothing checked: check " + (fields.isEmpty() ? "the training settings"
                    : String.join(", ", fields)) + " (the message is beside the field).");
            return Optional.empty();
        }
        TrainingSettings s = chosen.get();
        try {
            var options = LabDraft.dataOptions(s, dataset.inputFeatures());
            PreparedData prepared = launcher.prepare(visitor, dataset.choice().key(), dataset.synthetic(), options);
            ExperimentData data = new ExperimentData(options, dataset.choice().key(), null, null, dataset.synthetic());
            ExperimentSpec spec = new ExperimentSpec("Gradient check", data, network.get().layers(), s.config(),
                    s.init(), List.of());
            return Optional.of(CheckSubject.of(spec, prepared.train()));
        } catch (DataFormatException | IllegalArgumentException e) {
            GradientCheckButton.refuse(e.getMessage());
            return Optional.empty();
        }
    }
}
