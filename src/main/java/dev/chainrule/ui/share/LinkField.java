package dev.chainrule.ui.share;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A link to this server, shown whole and read-only, with a Copy button: what the share dialogs hand
 * out. The address is the one the browser itself reaches the server by (a proxy's, not the
 * server's own), once the page has told it; until then the request's.
 */
public class LinkField extends HorizontalLayout {
    private final TextField link = new TextField("Link");
    private final Button copy = new Button("Copy", VaadinIcon.COPY.create(), e -> copy());
    /** "https://host/" as this browser reaches the server. */
    private String base;
    private String path;

    public LinkField() {
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("share-link");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
        add(link, copy);
        expand(link);
        String context = VaadinServletRequest.getCurrent().getContextPath();
        base = requestBase(context);
        UI.getCurrent().getPage().fetchCurrentURL(url -> {
            base = url.getProtocol() + "://" + url.getAuthority() + context + "/";
            show();
        });
    }

    /** The path after the server's address ("s/Ab3…"), or null for no link (the field empties, Copy disables). */
    public void setPath(String path) {
        this.path = path;
        show();
    }

    /** The link as shown; empty while there is none. */
    public String getValue() {
        return link.getValue();
    }

    private void show() {
        link.setValue(path == null ? "" : base + path);
        copy.setEnabled(path != null);
    }

    private void copy() {
        String text = link.getValue();
        // The clipboard needs a secure page (https or localhost); elsewhere the link is selected for Ctrl+C.
        link.getElement().executeJs("if (!navigator.clipboard) return false;"
                + "return navigator.clipboard.writeText($0).then(() => true, () => false);", text)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notification.show("Link copied.", 2000, Notification.Position.BOTTOM_START);
                    } else {
                        selectForCopying();
                    }
                }, error -> selectForCopying());
    }

    private void selectForCopying() {
        link.focus();
        link.getElement().executeJs("this.inputElement.select()");
        Notification.show("Press Ctrl+C (\u2318C on a Mac) to copy the selected link.", 4000,
                Notification.Position.BOTTOM_START);
    }

    private static String requestBase(String context) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        int port = request.getServerPort();
        boolean usual = port <= 0 || ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port) + context + "/";
    }
}
