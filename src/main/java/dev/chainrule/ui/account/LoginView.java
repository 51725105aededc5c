package dev.chainrule.ui.account;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.ThrottledLogIn;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Log in. Vaadin's log-in form posts the name and password to Spring Security, which on success
 * returns to the page the person was sent here from (the Lab, a fork, …).
 */
@Route("login")
@PageTitle("Log in · Chainrule")
@AnonymousAllowed
public class LoginView extends AccountPage implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();

    public LoginView() {
        form.setI18n(texts("That did not work", "The user name or the password is not right. Check both and try again."));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Checkbox remember = new Checkbox("Remember me on this computer for " + RememberMe.DAYS + " days");
        remember.addValueChangeListener(e -> RememberMe.choose(e.getValue()));
        Paragraph signUp = new Paragraph("New here? ");
        signUp.add(new Anchor("signup", "Sign up"));
        signUp.add(" with a user name and a password; no e-mail needed.");

        remember.addClassName("remember-me");
        addClassName("login-view");
        addToCard(form, remember, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        form.setError(true);
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException || failure instanceof ThrottledLogIn.LockedBadCredentials) {
            form.setI18n(texts("Too many tries", ((Exception) failure).getMessage()));
        }
    }

    private static LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
