package dev.chainrule.ui.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountNames;
import dev.chainrule.account.AccountService;

/**
 * Sign up: a user name and a password, nothing else (schools do not want pupils' e-mail). On success
 * the browser logs in at once and goes on to where the person was heading (a fork, the Lab).
 */
@Route("signup")
@PageTitle("Sign up · Chainrule")
@AnonymousAllowed
public class SignUpView extends AccountPage {
    private final AccountService accounts;
    private final TextField name = new TextField("User name");
    private final NewPassword password = new NewPassword("Password");
    private final Button create = new Button("Sign up");

    public SignUpView(AccountService accounts) {
        this.accounts = accounts;
        name.setHelperText("What others see, for example in a class. " + AccountNames.MIN_LENGTH + " to "
                + AccountNames.MAX_LENGTH + " characters.");
        name.setMaxLength(AccountNames.MAX_LENGTH * 2);
        name.setAutocomplete(Autocomplete.USERNAME);
        name.setWidth("22em");
        password.field().setWidth("22em");
        password.repeatField().setWidth("22em");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setWidth("22em");
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> signUp());

        Paragraph logIn = new Paragraph("Already have an account? ");
        logIn.add(new Anchor("login", "Log in"));
        addClassName("signup-view");
        VerticalLayout fields = new VerticalLayout(new H2("Sign up"), new Paragraph("A user name and a password; no e-mail needed."),
                name, password.field(), password.repeatField(), create, logIn);
        fields.setPadding(false);
        addToCard(fields);
    }

    private void signUp() {
        name.setInvalid(false);
        if (!password.typedAlikeTwice()) {
            return;
        }
        try {
            accounts.signUp(name.getValue(), password.getValue());
        } catch (AccountException e) {
            password.show(e, name);
            return;
        }
        create.setEnabled(false);
        FormLogIn.submit(this, name.getValue(), password.getValue());
    }
}
