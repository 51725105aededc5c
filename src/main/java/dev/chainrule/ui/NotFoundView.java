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
        // Shown as text: a page's message may quote the address, which anyone can type.
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage()
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

    @Override
    public String getPageTitle() {
        return "Not found · Chainrule";
    }
}
