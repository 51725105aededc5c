package dev.chainrule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Last line of defence: an unexpected error is logged with its stack trace for us and shown
 * to the user as a short message, never as a stack trace or a broken page.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification n = Notification.show("Something went wrong on the server. "
                        + "Your saved runs are safe; please try again.", 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
