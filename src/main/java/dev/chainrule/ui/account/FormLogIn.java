package dev.chainrule.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;

/**
 * Logs a person in right after they chose their password (sign-up, joining a class, a password reset)
 * through Spring Security's own form post, so the session, the log-in throttle and the return to a
 * page work exactly as on the log-in page.
 */
public final class FormLogIn {
    private FormLogIn() {
    }

    /** Posts the name and password to the log-in; Spring Security then opens where the person was heading. */
    public static void submit(Component on, String name, String password) {
        on.getElement().executeJs("const f = document.createElement('form'); f.method = 'POST'; f.action = 'login';"
                + "for (const [k, v] of [['username', $0], ['password', $1]]) {"
                + "  const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }"
                + "document.body.appendChild(f); f.submit();", name, password);
    }

    /** As {@link #submit}, then opens this path of the app (one leading slash, "/classes/3"). */
    public static void submitThenOpen(Component on, String name, String password, String path) {
        comeBackTo(path);
        submit(on, name, password);
    }

    /** Where the next successful log-in in this browser returns to: a path of this app. */
    public static void comeBackTo(String path) {
        VaadinSession.getCurrent().getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                "/" + path.replaceFirst("^[/\\\\]+", ""));
    }
}
