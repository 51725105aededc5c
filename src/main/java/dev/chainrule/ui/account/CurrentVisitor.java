package dev.chainrule.ui.account;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.chainrule.account.AccountUser;
import dev.chainrule.account.Visitor;
import org.springframework.stereotype.Component;

/** Who is using this browser tab, as the services want to know: a signed-in person or an anonymous visitor. */
@Component
public class CurrentVisitor {
    private final AuthenticationContext authentication;

    CurrentVisitor(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Visitor get() {
        return authentication.getAuthenticatedUser(AccountUser.class).map(AccountUser::visitor)
                .orElseGet(() -> Visitor.anonymous(VaadinSession.getCurrent().getSession().getId()));
    }

    public boolean isSignedIn() {
        return authentication.isAuthenticated();
    }

    /** Logs out (the session ends, the remember-me cookie is cleared) and goes to the seed page. */
    public void logOut() {
        authentication.logout();
    }
}
