package dev.chainrule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.ui.account.LoginView;
import dev.chainrule.ui.account.NoViewRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Last line of defence for an error no view caught. Two kinds are expected and said plainly: an
 * anonymous visitor did something that needs an account (they are taken to log in and brought back
 * afterwards), and a run or dataset is gone (deleted in another tab, say: its own message says so) or the training
 * room refused what was asked (its message says why and what to do).
 * Anything else is logged with its stack trace for us and shown as a short apology, never as a stack
 * trace or a broken page.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    static final String APOLOGY = "Something went wrong on the server. Your saved runs are safe; please try again.";
    // how far down the causes to look for one of ours (Vaadin may wrap what a listener threw)
    private static final int CAUSES_SEARCHED = 10;

    /** What the page does about an error. */
    enum Action { LOG_IN, TELL, APOLOGISE }

    /** The action and the words shown with it. */
    record Reaction(Action action, String message) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // An address that leads nowhere is navigated within the page's own request, so the not-found view's 404 is
        // the page's status (a crawler or a link checker sees it), not only that of the request that follows.
        event.getSource().setBootstrapInitialPredicate(request -> request instanceof VaadinServletRequest http
                && NoViewRequests.leadsNowhere(http.getHttpServletRequest()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Reaction reaction = reactionTo(error.getThrowable());
            if (reaction.action() == Action.APOLOGISE) {
                log.error("Unexpected error in the UI", error.getThrowable());
            } else {
                log.info("Shown to the visitor: {}", reaction.message());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                react(ui, reaction);
            }
        }));
    }

    /** Decides, from the error or any of its causes, what the page does. */
    static Reaction reactionTo(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < CAUSES_SEARCHED; depth++, cause = cause.getCause()) {
            if (cause instanceof SignInRequiredException) {
                return new Reaction(Action.LOG_IN, cause.getMessage());
            }
            // a refusal of the training room is written for people (e.g. Stop on a run another server trains)
            if (cause instanceof RunNotFoundException || cause instanceof DatasetNotFoundException
                    || cause instanceof TrainingRejectedException) {
                return new Reaction(Action.TELL, cause.getMessage());
            }
        }
        return new Reaction(Action.APOLOGISE, APOLOGY);
    }

    private static void react(UI ui, Reaction reaction) {
        if (reaction.action() == Action.LOG_IN) {
            comeBackAfterLogIn(ui);
            ui.navigate(LoginView.class);
        }
        // Notification text is text, never HTML: a dataset's name in the message cannot become markup.
        Notification shown = Notification.show(reaction.message(), 6000, Notification.Position.MIDDLE);
        shown.addThemeVariants(reaction.action() == Action.APOLOGISE
                ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_CONTRAST);
    }

    /**
     * Where Spring Security's log-in success (Vaadin's handler) returns to, as Vaadin's own access
     * control records it when it sends someone to log in: the page they were on, within this app.
     */
    private static void comeBackAfterLogIn(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getSession() == null) {
            return;
        }
        String page = withinThisSite(ui.getActiveViewLocation().getPathWithQueryParameters());
        session.getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, page);
    }

    /** A location as a path on this site with exactly one leading slash: "//host" or "/\host" would leave it. */
    static String withinThisSite(String location) {
        return "/" + location.replaceFirst("^[/\\\\]+", "");
    }
}
