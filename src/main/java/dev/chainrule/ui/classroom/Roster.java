package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.classroom.PasswordResetService;
import dev.chainrule.classroom.Student;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The teacher's roster: each student's display name, when they joined, and Reset password and Remove.
 * A student who joined with an account they already had cannot be reset here: the row says so.
 */
class Roster extends Div {
    private static final DateTimeFormatter JOINED = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ClassroomService classes;
    private final PasswordResetService resets;
    private final Visitor teacher;
    private final long classId;

    Roster(ClassroomService classes, PasswordResetService resets, Visitor teacher, long classId) {
        this.classes = classes;
        this.resets = resets;
        this.teacher = teacher;
        this.classId = classId;
        addClassName("roster");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Student> students = classes.roster(teacher, classId);
        add(new H3("Students (" + students.size() + ")"));
        if (students.isEmpty()) {
            Paragraph none = new Paragraph("No one has joined yet. Share the code or the link above.");
            none.addClassName("hint");
            add(none);
        }
        students.forEach(s -> add(row(s)));
    }

    private Div row(Student student) {
        Span name = new Span(student.name());
        name.addClassName("roster-name");
        Span joined = new Span("joined " + JOINED.format(student.joinedAt().atZone(ZoneId.systemDefault()))
                + (student.accountMadeHere() ? "" : " with their own account"));
        joined.addClassName("roster-joined");
        Button reset = new Button("Reset password", VaadinIcon.KEY.create(), e -> reset(student));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (!student.accountMadeHere()) {
            reset.setEnabled(false);
            reset.setTooltipText("Only they can change the password of an account they brought along.");
        }
        Button remove = new Button("Remove", VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(student));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div row = new Div(name, joined, reset, remove);
        row.addClassName("roster-row");
        return row;
    }

    private void reset(Student student) {
        try {
            new ResetCodeDialog(resets.start(teacher, classId, student.accountId())).open();
        } catch (ClassroomException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            refresh();
        }
    }

    private void confirmRemove(Student student) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove " + student.name() + " from the class?");
        confirm.setText("Their account and their runs stay with them, off this class's boards; they can join again with"
                + " the code. To keep them out, give the class a new code.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(c -> {
            try {
                classes.remove(teacher, classId, student.accountId());
            } catch (ClassroomException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            }
            refresh();
        });
        confirm.open();
    }
}
