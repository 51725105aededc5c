package dev.chainrule.ui.lab;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.step.StepLimits;
import dev.chainrule.ui.step.StepSource;
import dev.chainrule.ui.step.StepThroughDialog;
import java.util.Optional;

/**
 * The Lab's "Step through one update": the network, dataset and settings on screen, with the rows and
 * initial weights Train would start from (the data prepared with the run's own split), for networks
 * small enough to read ({@link StepLimits}). What stands in the way is said, never silently ignored.
 */
final class LabStepThrough {
    private final NetworkBuilder builder;
    private final DatasetPicker dataset;
    private final TrainingSettingsForm settings;
    private final RunLauncher launcher;
    private final Visitor visitor;

    LabStepThrough(NetworkBuilder builder, DatasetPicker dataset, TrainingSettingsForm settings, RunLauncher launcher,
            Visitor visitor) {
        this.builder = builder;
        this.dataset = dataset;
        this.settings = settings;
        this.launcher = launcher;
        this.visitor = visitor;
    }

    /** Opens the step-through of what the Lab shows now, or says what stands in the way. */
    void open() {
        Optional<NetworkSpec> network = builder.spec();
        DatasetChoice choice = dataset.choice();
        PreparedData shown = dataset.prepared();
        if (network.isEmpty() || choice == null || shown == null) {
            refuse("Choose a dataset and build a network first: the step-through shows one update of them.");
            return;
        }
        Optional<String> tooLarge = StepLimits.refusal(network.get());
        Optional<TrainingSettings> chosen = settings.settings(shown.task());
        if (tooLarge.isPresent() || chosen.isEmpty()) {
            refuse(tooLarge.orElse("Check the training settings first: the message is beside the field."));
            return;
        }
        TrainingSettings s = chosen.get();
        try {
            PreparedData data = launcher.prepare(visitor, choice.key(), dataset.synthetic(),
                    LabDraft.dataOptions(s, dataset.inputFeatures()));
            NetworkSpec spec = network.get();
            String what = LabDraft.suggestedTitle(choice, spec, settings.optimizer.getValue());
            new StepThroughDialog(new StepSource(what, spec, () -> Network.create(spec, s.init(), s.config().seed()),
                    data.train(), s.config())).open();
        } catch (DataFormatException | IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    private static void refuse(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
