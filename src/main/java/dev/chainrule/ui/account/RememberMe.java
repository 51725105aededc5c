package dev.chainrule.ui.account;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * "Remember me" for the log-in page. Vaadin's log-in form posts only the name and the password, so
 * the page's checkbox records the choice in the session just before, and this reads it from there
 * (a request parameter still works too). The cookie is signed with the password hash, so changing
 * the password ends every remembered log-in.
 */
class RememberMe extends TokenBasedRememberMeServices {
    private static final String CHOICE = RememberMe.class.getName() + ".choice";
    static final int DAYS = 30;

    RememberMe(String key, UserDetailsService users) {
        super(key, users);
        setTokenValiditySeconds(DAYS * 24 * 60 * 60);
    }

    /** Called by the log-in page's checkbox. */
    static void choose(boolean remember) {
        VaadinSession.getCurrent().getSession().setAttribute(CHOICE, remember);
    }

    @Override
    protected boolean rememberMeRequested(HttpServletRequest request, String parameter) {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(CHOICE))) {
            return true;
        }
        return super.rememberMeRequested(request, parameter);
    }
}
