package dev.chainrule.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.PasswordRules;

/** Change one's password: the current one, then the new one twice. */
class ChangePasswordDialog extends Dialog {
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");

    ChangePasswordDialog(CurrentVisitor visitor, AccountService accounts) {
        setHeaderTitle("Change password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters.");
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setWidth("20em");
        }
        Button save = new Button("Change password", e -> save(visitor, accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(current, next, repeat));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(CurrentVisitor visitor, AccountService accounts) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords are not the same. Type them again.");
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(visitor.get(), current.getValue(), next.getValue());
        } catch (AccountException e) {
            PasswordField field = e.field() == AccountException.Field.CURRENT_PASSWORD ? current : next;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        close();
        Notification.show("Your password is changed. Other computers where you chose \u201cremember me\u201d will ask "
                + "you to log in again.", 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
