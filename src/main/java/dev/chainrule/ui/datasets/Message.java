package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A message that stays where the action happened until the next action: a refused upload or
 * delete must still be readable after a toast would have gone. Always plain text.
 */
class Message extends Div {
    private final Span title = new Span();
    private final Span text = new Span();

    Message(String className) {
        addClassNames("message", className);
        title.addClassName("message-title");
        text.addClassName("message-text");
        setVisible(false);
    }

    /** A refusal: {@code title} says what did not happen, {@code message} why and what to do. */
    void error(String title, String message) {
        show(VaadinIcon.EXCLAMATION_CIRCLE, "error", "alert", title, message);
    }

    void info(String message) {
        show(VaadinIcon.INFO_CIRCLE, "info", "status", "", message);
    }

    void clear() {
        setVisible(false);
        title.setText("");
        text.setText("");
    }

    private void show(VaadinIcon icon, String kind, String role, String heading, String message) {
        removeAll();
        removeClassNames("error", "info");
        addClassName(kind);
        getElement().setAttribute("role", role);
        title.setText(heading);
        text.setText(message);
        Div body = new Div(title, text);
        add(icon.create(), body);
        setVisible(true);
    }
}
