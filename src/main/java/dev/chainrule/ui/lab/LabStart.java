package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.NoSuchAssignmentException;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.training.LaunchedRun;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.ui.run.RunPanel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Lab's Train button does: the form's settings checked (a refusal names the fields and opens their
 * tab), the run started, through the assignment's rules when one is open, and followed in the run panel.
 */
final class LabStart {
    private final DatasetPicker dataset;
    private final NetworkBuilder builder;
    private final TrainingSettingsForm settings;
    private final LabSettingsTabs tabs;
    private final LabAssignment assignment;
    private final LabControls controls;
    private final RunPanel run;
    private final TextField title;
    private final RunLauncher launcher;
    private final Visitor visitor;
    private final Supplier<Long> parentId;
    /** Why Train started nothing, e.g. "Nothing started: check Validation share." */
    private final Span refused = new Span();

    LabStart(LabForm form, LabAssignment assignment, LabControls controls, RunPanel run, RunLauncher launcher,
            Visitor visitor, Supplier<Long> parentId) {
        this.dataset = form.dataset();
        this.builder = form.builder();
        this.settings = form.settings();
        this.tabs = form.tabs();
        this.title = form.title();
        this.assignment = assignment;
        this.controls = controls;
        this.run = run;
        this.launcher = launcher;
        this.visitor = visitor;
        this.parentId = parentId;
        refused.addClassNames("train-refused", "invalid");
        refused.setVisible(false);
    }

    /** The line beside Train that says why nothing started. */
    Span refusedLine() {
        return refused;
    }

    void start() {
        Optional<NetworkSpec> network = builder.spec();
        DatasetChoice choice = dataset.choice();
        PreparedData prepared = dataset.prepared();
        if (network.isEmpty() || choice == null || prepared == null) {
            return;
        }
        Optional<TrainingSettings> chosen = settings.settings(prepared.task());
        List<String> fields = settings.refusedFields();
        refused.setVisible(chosen.isEmpty());
        if (chosen.isEmpty()) {
            tabs.showSettings(); // the messages are beside the fields: they must be seen
            refused.setText("Nothing started: check " + (fields.isEmpty() ? "the training settings" : String.join(", ", fields))
                    + " (the message is beside the field).");
            return;
        }
        TrainingSettings s = chosen.get();
        DataOptions options = LabDraft.dataOptions(s, dataset.inputFeatures());
        String name = title.getValue().isBlank() ? title.getPlaceholder() : title.getValue().strip();
        try {
            // an assignment's run goes through its rules, checked on the server whatever this form allowed
            LaunchedRun launched = assignment.isOpen() ? assignment.start(new ExperimentSpec(name, new ExperimentData(options,
                    choice.key(), null, null, dataset.synthetic()), network.get().layers(), s.config(), s.init(), List.of()),
                    controls.epochsPerSecond())
                    : launcher.start(name, choice.key(), dataset.synthetic(), options, network.get().layers(), s.config(),
                            s.init(), visitor, parentId.get(), controls.epochsPerSecond());
            // the rows it trains on (its own split), prepared once by the launcher
            run.showData(launched.data());
            run.showNetwork(network.get());
            run.follow(launched.id(), s.config().epochs(), network.get().denseLayers().size(), launched.data());
            controls.show(run.status(), true);
        } catch (ClassroomException | NoSuchAssignmentException e) {
            refused.setText("Nothing started: " + e.getMessage());
            refused.setVisible(true);
        } catch (TrainingRejectedException | DataFormatException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
