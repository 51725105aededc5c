package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentDraft;
import dev.chainrule.classroom.AssignmentDraftException;
import dev.chainrule.classroom.AssignmentLock;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.NoSuchAssignmentException;
import dev.chainrule.run.Run;
import dev.chainrule.ui.component.NumberInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "New assignment…" and "Edit…": which of the teacher's runs students start from, a title, a short text, the
 * locked parts as checkboxes, an optional parameter budget and what counts. The service checks every field;
 * its message shows beside the field it is about, and nothing is saved until all are right.
 */
class AssignmentDialog extends Dialog {
    private final ComboBox<Run> run = new ComboBox<>("Start from run");
    private final TextField title = new TextField("Title");
    private final TextArea text = new TextArea("Text for students");
    private final CheckboxGroup<AssignmentLock> locks = new CheckboxGroup<>("Locked for students");
    private final NumberInput budget;
    private final RadioButtonGroup<AssignmentMetric> metric = new RadioButtonGroup<>("What counts");
    private final Map<AssignmentDraftException.Field, HasValidation> fields;

    /**
     * @param editing the assignment to edit, or null for a new one
     * @param saved   hears the assignment once it is published or saved
     */
    AssignmentDialog(AssignmentService assignments, Visitor teacher, long classId, List<Run> teachersRuns, long maxParameters,
            Assignment editing, Consumer<Assignment> saved) {
        budget = NumberInput.whole("Parameter budget", "The parameter budget", 1, (int) Math.min(Integer.MAX_VALUE, maxParameters), 1);
        fields = Map.of(AssignmentDraftException.Field.RUN, run, AssignmentDraftException.Field.TITLE, title,
                AssignmentDraftException.Field.INSTRUCTIONS, text, AssignmentDraftException.Field.LOCKS, locks,
                AssignmentDraftException.Field.BUDGET, budget, AssignmentDraftException.Field.METRIC, metric);
        setHeaderTitle(editing == null ? "New assignment" : "Edit \u201c" + editing.title() + "\u201d");
        addClassName("assignment-dialog");
        run.setItems(teachersRuns);
        run.setItemLabelGenerator(r -> r.getTitle() + " \u00b7 run " + r.getId());
        run.setWidthFull();
        run.setHelperText(editing == null ? "Its dataset, network and settings are where students start."
                : "Leave empty to keep the experiment published (" + editing.datasetName() + ").");
        title.setMaxLength(120);
        title.setWidthFull();
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setHelperText("What to try, what to notice. At most 2,000 characters.");
        locks.setItems(AssignmentLock.values());
        locks.setItemLabelGenerator(l -> l.label() + ": " + l.covers());
        locks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        locks.setHelperText("The validation share is always locked: the metric is measured on the held-out rows.");
        budget.setValue("");
        budget.setHelperText("The most weights and biases a student's network may have; empty for no budget.");
        metric.setItems(AssignmentMetric.values());
        metric.setItemLabelGenerator(AssignmentMetric::label);
        metric.setValue(AssignmentMetric.VALIDATION_LOSS);
        if (editing != null) {
            title.setValue(editing.title());
            text.setValue(editing.instructions());
            locks.setValue(editing.locks());
            budget.setValue(editing.parameterBudget() == null ? "" : Long.toString(editing.parameterBudget()));
            metric.setValue(editing.metric());
        }
        add(run, title, text, locks, budget, metric);
        Button cancel = new Button("Cancel", e -> close());
        Button save = new Button(editing == null ? "Publish" : "Save", e -> save(assignments, teacher, classId, editing, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(40em, 95vw)");
    }

    private void save(AssignmentService assignments, Visitor teacher, long classId, Assignment editing,
            Consumer<Assignment> saved) {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean noBudget = budget.getValue().isBlank();
        if (!noBudget && !budget.check()) {
            return; // "must be between 1 and 2,000,000" beside the field
        }
        AssignmentDraft draft = new AssignmentDraft(run.getValue() == null ? null : run.getValue().getId(), title.getValue(),
                text.getValue(), locks.getValue().isEmpty() ? EnumSet.noneOf(AssignmentLock.class) : EnumSet.copyOf(locks.getValue()),
                noBudget ? null : (long) budget.getWholeNumber(), metric.getValue());
        try {
            saved.accept(editing == null ? assignments.publish(teacher, classId, draft)
                    : assignments.edit(teacher, editing.id(), draft));
            close();
        } catch (AssignmentDraftException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ClassroomException | NoSuchAssignmentException e) {
            // deleted in another tab meanwhile, or no longer the teacher's: nothing here can fix it
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            close();
        }
    }
}
