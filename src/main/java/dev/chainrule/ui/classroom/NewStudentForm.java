package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.account.Account;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountNames;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.classroom.Invitation;
import dev.chainrule.ui.account.FormLogIn;
import dev.chainrule.ui.account.NewPassword;

/**
 * Joining without an account: a display name (the user name, what the class sees) and a password, no
 * e-mail. The account and the membership are made together; then the browser logs in and opens the class.
 */
class NewStudentForm extends VerticalLayout {
    private final ClassroomService classes;
    private final Invitation invitation;
    private final TextField name = new TextField("Display name");
    private final NewPassword password = new NewPassword("Password");
    private final Button join = new Button("Join class");

    NewStudentForm(ClassroomService classes, Invitation invitation) {
        this.classes = classes;
        this.invitation = invitation;
        name.setHelperText("What your teacher and classmates see, and what you log in with. " + AccountNames.MIN_LENGTH
                + " to " + AccountNames.MAX_LENGTH + " characters.");
        name.setMaxLength(AccountNames.MAX_LENGTH * 2);
        name.setAutocomplete(Autocomplete.USERNAME);
        for (HasSize field : new HasSize[] {name, password.field(), password.repeatField(), join}) {
            field.setWidth("22em");
        }
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(e -> join());
        setPadding(false);
        addClassName("new-student-form");
        add(name, password.field(), password.repeatField(), join);
    }

    private void join() {
        name.setInvalid(false);
        if (!password.typedAlikeTwice()) {
            return;
        }
        Account account;
        try {
            account = classes.joinWithNewAccount(invitation.joinCode(), name.getValue(), password.getValue());
        } catch (AccountException e) {
            password.show(e, name);
            return;
        } catch (ClassroomException e) {
            // the teacher renewed the code while this form was open
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
            return;
        }
        join.setEnabled(false);
        FormLogIn.submitThenOpen(this, account.getName(), password.getValue(), "classes/" + invitation.classId());
    }
}
