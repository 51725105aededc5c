package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassDetails;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.ClassroomService;
import java.util.function.Consumer;

/**
 * The teacher's Rename and Delete of a class. A rename keeps the code, the students and the assignments; a delete
 * ends the memberships and the class's assignments, while every account and run stays, which the confirmation says.
 */
class ClassSettings extends HorizontalLayout {
    private final ClassroomService classes;
    private final Visitor teacher;
    private final ClassDetails details;

    /** @param renamed told the new name, as the service stored it */
    ClassSettings(ClassroomService classes, Visitor teacher, ClassDetails details, Consumer<String> renamed) {
        this.classes = classes;
        this.teacher = teacher;
        this.details = details;
        addClassName("class-settings");
        Button rename = new Button("Rename class\u2026", VaadinIcon.EDIT.create(), e -> rename(renamed));
        Button delete = new Button("Delete class\u2026", VaadinIcon.TRASH.create(), e -> confirmDelete());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(rename, delete);
    }

    private void rename(Consumer<String> renamed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rename class");
        TextField name = new TextField("Name");
        name.setValue(details.name());
        name.setWidthFull();
        name.addClassName("class-new-name");
        Button save = new Button("Rename", e -> {
            try {
                classes.rename(teacher, details.id(), name.getValue());
            } catch (ClassroomException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
                return;
            }
            dialog.close();
            renamed.accept(classes.open(teacher, details.id()).name());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete \u201c" + details.name() + "\u201d?");
        confirm.setText("The class, its join code and its assignments go, and its students are no longer in it. "
                + "Every account and every run stays: each student keeps their runs.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete class");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(c -> {
            classes.delete(teacher, details.id());
            UI.getCurrent().navigate(ClassesView.class);
        });
        confirm.open();
    }
}
