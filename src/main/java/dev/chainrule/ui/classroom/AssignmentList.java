package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.NoSuchAssignmentException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.lab.AssignmentFacts;
import java.util.List;

/**
 * A class's assignments, newest first, for everyone in it: title, text, dataset, what counts, the budget and the
 * locked parts, and "Open in the Lab". The teacher also has "New assignment…", Edit and Delete. Titles and texts
 * are set as text.
 */
class AssignmentList extends Div {
    private final AssignmentService assignments;
    private final RunService runs;
    private final TrainingService training;
    private final Visitor visitor;
    private final long classId;
    private final boolean teacher;

    AssignmentList(AssignmentService assignments, RunService runs, TrainingService training, Visitor visitor, long classId,
            boolean teacher) {
        this.assignments = assignments;
        this.runs = runs;
        this.training = training;
        this.visitor = visitor;
        this.classId = classId;
        this.teacher = teacher;
        addClassName("assignments");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Assignment> all = assignments.list(visitor, classId);
        add(new H3("Assignments (" + all.size() + ")"));
        if (teacher) {
            Button create = new Button("New assignment\u2026", VaadinIcon.PLUS.create(), e -> openDialog(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(teacher ? "None yet. Train an experiment in the Lab, then publish it here as"
                    + " the class's starting point." : "None yet. Your teacher's assignments will be listed here.");
            none.addClassName("hint");
            add(none);
        }
        all.forEach(a -> add(card(a)));
    }

    private Div card(Assignment a) {
        Paragraph text = new Paragraph(a.instructions());
        text.addClassName("assignment-text"); // white-space: pre-line keeps the teacher's line breaks, as text
        text.setVisible(!a.instructions().isEmpty());
        Span facts = new Span(AssignmentFacts.of(a));
        facts.addClassName("assignment-facts");
        Anchor open = new Anchor("lab?assignment=" + a.id(), "Open in the Lab");
        open.addClassName("assignment-open");
        Div actions = new Div(open);
        actions.addClassName("assignment-actions");
        if (teacher) {
            Button edit = new Button("Edit\u2026", VaadinIcon.EDIT.create(), e -> openDialog(a));
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete(a));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(edit, delete);
        }
        Div card = new Div(new H4(a.title()), text, facts, actions);
        card.addClassName("assignment");
        return card;
    }

    private void openDialog(Assignment editing) {
        new AssignmentDialog(assignments, visitor, classId, runs.listNewestFirst(visitor), training.maxParameters(), editing,
                saved -> refresh()).open();
    }

    private void confirmDelete(Assignment a) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete \u201c" + a.title() + "\u201d?");
        confirm.setText("Students can no longer open it. The runs made for it stay with the people who made them.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(c -> {
            try {
                assignments.delete(visitor, a.id());
            } catch (NoSuchAssignmentException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            }
            refresh();
        });
        confirm.open();
    }
}
