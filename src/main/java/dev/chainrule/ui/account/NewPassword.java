package dev.chainrule.ui.account;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.PasswordRules;

/**
 * A new password typed twice, with the rules in a line under it: sign-up, joining a class and a password
 * reset all ask for one this way, and say under which field what is wrong.
 */
public class NewPassword {
    private final PasswordField password;
    private final PasswordField repeat;

    public NewPassword(String label) {
        password = new PasswordField(label);
        repeat = new PasswordField(label + " again");
        password.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters. A short sentence is easy "
                + "to remember and hard to guess.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
    }

    public PasswordField field() {
        return password;
    }

    public PasswordField repeatField() {
        return repeat;
    }

    public String getValue() {
        return password.getValue();
    }

    /** Clears the messages of an earlier try; false, saying so under the second field, when the two differ. */
    public boolean typedAlikeTwice() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords are not the same. Type them again.");
            repeat.setInvalid(true);
            return false;
        }
        return true;
    }

    /** Shows why an account was refused under the field it is about: the name's, or the password's. */
    public void show(AccountException refused, TextField name) {
        if (refused.field() == AccountException.Field.NAME) {
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(true);
        } else {
            password.setErrorMessage(refused.getMessage());
            password.setInvalid(true);
        }
    }
}
