package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentLock;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.training.LaunchedRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Lab opened on an assignment ({@code lab?assignment=7}): a banner with its title, text and rules, the locked
 * fields disabled with a lock ({@link LockMarks}), its budget beside the network's parameter count, and Train going
 * through {@link AssignmentService#startRun}, which checks the rules again on the server. Opening the Lab any other
 * way frees every field.
 */
final class LabAssignment {
    private final AssignmentService assignments;
    private final Visitor visitor;
    private final TrainingSettingsForm settings;
    private final NetworkBuilder builder;
    private final Map<AssignmentLock, List<Component>> parts = new EnumMap<>(AssignmentLock.class);
    private final Div banner = new Div();
    private Assignment current;

    LabAssignment(AssignmentService assignments, Visitor visitor, DatasetPicker dataset, NetworkBuilder builder,
            TrainingSettingsForm settings) {
        this.assignments = assignments;
        this.visitor = visitor;
        this.settings = settings;
        this.builder = builder;
        parts.put(AssignmentLock.DATASET, dataset.fields());
        parts.put(AssignmentLock.LOSS, List.of(settings.loss));
        parts.put(AssignmentLock.NETWORK, List.of(dataset.inputToggles(), builder));
        parts.put(AssignmentLock.OPTIMIZER, List.of(settings.optimizer, settings.learningRate, settings.momentum, settings.beta1,
                settings.beta2));
        parts.put(AssignmentLock.TRAINING, List.of(settings.batching, settings.batchSize, settings.epochs, settings.clipping,
                settings.clipThreshold, settings.weightDecay, settings.l1, settings.init, settings.seed, settings.earlyStopping,
                settings.patience));
        banner.addClassName("assignment-banner");
        banner.setVisible(false);
    }

    Component banner() {
        return banner;
    }

    /** Whether Train goes through the assignment. */
    boolean isOpen() {
        return current != null;
    }

    /** Shows the assignment's banner and locks, once the Lab shows its experiment (locking first would stop the filling). */
    void show(Assignment assignment) {
        current = assignment;
        Span kind = new Span("Assignment");
        kind.addClassName("assignment-kind");
        Paragraph text = new Paragraph(assignment.instructions());
        text.addClassName("assignment-text");
        text.setVisible(!assignment.instructions().isEmpty());
        Span facts = new Span(AssignmentFacts.of(assignment));
        facts.addClassName("assignment-facts");
        Anchor back = new Anchor("classes/" + assignment.classId(), "Back to " + assignment.className());
        banner.removeAll();
        banner.add(kind, new H3(assignment.title()), text, facts, back);
        banner.setVisible(true);
        lock(assignment);
        builder.setBudget(assignment.parameterBudget());
    }

    /** The Lab opened some other way: no banner, no locks, no budget. */
    void clear() {
        current = null;
        banner.setVisible(false);
        banner.removeAll();
        lock(null);
        builder.setBudget(null);
    }

    /**
     * Starts the Lab's experiment as a run of the assignment.
     *
     * @throws dev.chainrule.classroom.ClassroomException naming a broken rule (the server's check)
     */
    LaunchedRun start(ExperimentSpec spec, int epochsPerSecond) {
        return assignments.startRun(visitor, current.id(), spec, epochsPerSecond);
    }

    private void lock(Assignment assignment) {
        List<Component> formFields = new ArrayList<>();
        parts.forEach((part, fields) -> {
            boolean on = assignment != null && assignment.isLocked(part);
            for (Component field : fields) {
                if (field.getParent().filter(parent -> parent == settings).isPresent()) {
                    if (on) {
                        formFields.add(field); // the form enables its own fields: some depend on others
                    }
                } else {
                    field.getElement().setEnabled(!on);
                    LockMarks.mark(field, on);
                }
            }
        });
        if (assignment != null) {
            formFields.add(settings.validationFraction); // always: the metric is measured on the held-out rows
        }
        settings.lock(formFields);
    }
}
