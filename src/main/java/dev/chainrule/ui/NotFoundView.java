package dev.chainrule.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every address that leads nowhere shows, with HTTP status 404: a mistyped path, a run that is
 * not there (or not yours), a share link that was withdrawn. A page that reroutes here gives its own
 * message; the rest get a general one. Vaadin's own page would list the routes instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        // Shown as text: a page's message may quote the address, which anyone can type. Vaadin's own
        // message for an unknown path is for developers ("Couldn't find route for …").
        String message = parameter.getException() instanceof Missing ? parameter.getCustomMessage()
                : "Nothing is at this address. Check the link, or start from one of the pages below.";
        Paragraph where = new Paragraph("Go to ");
        where.add(new Anchor("runs", "your runs"), new Text(" or "),
                new Anchor("", "the seed example"), new Text("."));
        H2 heading = new H2("Not found");
        Paragraph reason = new Paragraph(message);
        reason.addClassName("not-found-message");
        add(heading, reason, where);
        addClassName("not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Shows this page instead of the one asked for, saying what is missing (status 404 on a first load). */
    public static void show(BeforeEnterEvent event, String message) {
        event.rerouteToError(new Missing(message), message);
    }

    /** Something a page looked for and did not find; its message is for the person. */
    private static class Missing extends NotFoundException {
        Missing(String message) {
            super(message);
        }
    }

    @Override
    public String getPageTitle() {
        return "Not found · Chainrule";
    }
}
