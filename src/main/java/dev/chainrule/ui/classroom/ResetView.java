package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.AccountException;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.PasswordResetService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.FormLogIn;
import dev.chainrule.ui.account.NewPassword;

/**
 * {@code /reset}: a student who forgot their password sets a new one with the one-time code their teacher
 * gave them, then is logged in with it. There is no e-mail to reset by: the teacher is the way back in.
 */
@Route(value = "reset", layout = MainLayout.class)
@PageTitle("New password · Chainrule")
@AnonymousAllowed
public class ResetView extends VerticalLayout {
    private final PasswordResetService resets;
    private final TextField name = new TextField("User name");
    private final TextField code = new TextField("Code from your teacher");
    private final NewPassword password = new NewPassword("New password");
    private final Button set = new Button("Set password and log in");

    public ResetView(PasswordResetService resets) {
        this.resets = resets;
        name.setAutocomplete(Autocomplete.USERNAME);
        name.setMaxLength(80);
        code.setHelperText("10 letters and digits; spaces do not matter");
        code.setMaxLength(20);
        for (HasSize field : new HasSize[] {name, code, password.field(), password.repeatField(), set}) {
            field.setWidth("22em");
        }
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickShortcut(Key.ENTER);
        set.addClickListener(e -> setPassword());
        Paragraph how = new Paragraph("Forgot your password? Your teacher can give you a one-time code on the class"
                + " page. Type it here with your user name and choose a new password.");
        addClassName("reset-page");
        add(new H2("Set a new password"), how, name, code, password.field(), password.repeatField(), set);
    }

    private void setPassword() {
        name.setInvalid(false);
        code.setInvalid(false);
        if (!password.typedAlikeTwice()) {
            return;
        }
        try {
            resets.setPassword(name.getValue(), code.getValue(), password.getValue());
        } catch (ClassroomException e) {
            code.setErrorMessage(e.getMessage());
            code.setInvalid(true);
            return;
        } catch (AccountException e) {
            password.show(e, name);
            return;
        }
        set.setEnabled(false);
        FormLogIn.submitThenOpen(this, name.getValue().strip(), password.getValue(), "classes");
    }
}
