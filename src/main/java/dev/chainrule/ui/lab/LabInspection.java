package dev.chainrule.ui.lab;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.gradcheck.GradientCheckButton;
import java.util.List;
import java.util.Optional;

/**
 * What the Lab's Inspect menu looks inside: the network the builder shows, with the settings' initial weights, on
 * the data prepared exactly as Train prepares it (the same split, standardising and computed inputs). Shared by the
 * step-through and the gradient check, so both see what a run would train on; what stands in the way is said.
 */
final class LabInspection {
    /** The Lab at this moment, ready to look inside. */
    record Subject(DatasetChoice choice, NetworkSpec network, TrainingSettings settings, DataOptions options,
            SyntheticSettings synthetic, PreparedData data, String title) {
    }

    private final NetworkBuilder builder;
    private final DatasetPicker dataset;
    private final TrainingSettingsForm settings;
    private final LabSettingsTabs tabs;
    private final RunLauncher launcher;
    private final Visitor visitor;

    LabInspection(NetworkBuilder builder, DatasetPicker dataset, TrainingSettingsForm settings, LabSettingsTabs tabs,
            RunLauncher launcher, Visitor visitor) {
        this.builder = builder;
        this.dataset = dataset;
        this.settings = settings;
        this.tabs = tabs;
        this.launcher = launcher;
        this.visitor = visitor;
    }

    /**
     * The Lab now; empty, with a message beginning with {@code nothing} ("Nothing checked"), when it cannot be
     * looked inside.
     */
    Optional<Subject> now(String nothing) {
        Optional<NetworkSpec> network = builder.spec();
        PreparedData shown = dataset.prepared();
        DatasetChoice choice = dataset.choice();
        if (network.isEmpty() || shown == null || choice == null) {
            GradientCheckButton.refuse(nothing + ": choose a dataset and build a network the builder accepts.");
            return Optional.empty();
        }
        Optional<TrainingSettings> chosen = settings.settings(shown.task());
        if (chosen.isEmpty()) {
            tabs.showSettings(); // the messages are beside the fields: they must be seen
            List<String> fields = settings.refusedFields();
            GradientCheckButton.refuse(nothing + ": check " + (fields.isEmpty() ? "the training settings"
                    : String.join(", ", fields)) + " (the message is beside the field).");
            return Optional.empty();
        }
        TrainingSettings s = chosen.get();
        try {
            DataOptions options = LabDraft.dataOptions(s, dataset.inputFeatures());
            SyntheticSettings synthetic = dataset.synthetic();
            PreparedData data = launcher.prepare(visitor, choice.key(), synthetic, options);
            String title = LabDraft.suggestedTitle(choice, network.get(), settings.optimizer.getValue());
            return Optional.of(new Subject(choice, network.get(), s, options, synthetic, data, title));
        } catch (DataFormatException | IllegalArgumentException e) {
            GradientCheckButton.refuse(e.getMessage());
            return Optional.empty();
        }
    }
}
