package dev.chainrule.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.share.ShareService;

/**
 * The owner's Share dialog: the run's link (made when the dialog opens, the same one every time
 * until it is withdrawn), a Copy button, Withdraw (the address then answers "not found") and New
 * link (withdraws the old one and makes another).
 */
public class ShareDialog extends Dialog {
    private final ShareService shares;
    private final Visitor visitor;
    private final long runId;
    private final LinkField link = new LinkField();
    private final Paragraph state = new Paragraph();
    private final Button withdraw = new Button("Withdraw link", VaadinIcon.BAN.create(), e -> confirmWithdraw());
    private final Button renew = new Button("New link", VaadinIcon.REFRESH.create(), e -> renew());
    private String token;

    public ShareDialog(ShareService shares, Visitor visitor, long runId) {
        this.shares = shares;
        this.visitor = visitor;
        this.runId = runId;
        setHeaderTitle("Share this run");
        setWidth("min(640px, 95vw)");
        Paragraph about = new Paragraph("Anyone with this link can watch the run, live while it trains, without an "
                + "account. Nothing they do changes it; they can fork it to train the same settings in their own Lab.");
        state.addClassName("share-state");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(about, link, state, new HorizontalLayout(withdraw, renew));
        getFooter().add(new Button("Close", e -> close()));
        token = shares.share(visitor, runId);
        show();
    }

    /** The link as shown; empty while the run has none. */
    public String link() {
        return link.getValue();
    }

    private void show() {
        boolean shared = token != null;
        link.setPath(shared ? "s/" + token : null);
        state.setText(shared ? "" : "The link is withdrawn: its address now answers \u201cnot found\u201d. "
                + "A new link makes a new address.");
        withdraw.setEnabled(shared);
        renew.setText(shared ? "New link" : "Make a new link");
    }

    private void confirmWithdraw() {
        confirm("Withdraw this link?", "Whoever opens it from now on sees \u201cnot found\u201d. People watching "
                + "now keep their page until they reload it.", "Withdraw", () -> {
                    shares.revoke(visitor, runId);
                    token = null;
                    show();
                });
    }

    private void renew() {
        if (token == null) {
            token = shares.share(visitor, runId);
            show();
            return;
        }
        confirm("Make a new link?", "The current link stops working: whoever opens it sees \u201cnot found\u201d. "
                + "Only the new one opens the run.", "Make a new link", () -> {
                    shares.revoke(visitor, runId);
                    token = shares.share(visitor, runId);
                    show();
                });
    }

    /** A confirmation for something that cannot be undone: {@code confirmed} runs only if the person agrees. */
    public static void confirm(String header, String text, String action, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> confirmed.run());
        dialog.open();
    }
}
