package dev.chainrule.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.chainrule.account.Visitor;
import dev.chainrule.share.ComparisonShareService;
import dev.chainrule.ui.share.LinkField;
import dev.chainrule.ui.share.ShareDialog;
import java.util.List;

/**
 * Shares a comparison of one's own runs: a read-only link to exactly these runs (and nothing else of
 * the owner's), which opens without an account; Withdraw makes its address answer "not found".
 */
final class ShareComparisonDialog extends Dialog {
    private final LinkField link = new LinkField();
    private final Paragraph state = new Paragraph();
    private final Button withdraw = new Button("Withdraw link", VaadinIcon.BAN.create());

    ShareComparisonDialog(ComparisonShareService shares, Visitor visitor, List<Long> runIds) {
        setHeaderTitle("Share this comparison");
        setWidth("min(640px, 95vw)");
        add(new Paragraph("Anyone with this link sees these " + runIds.size() + " runs compared, live while they "
                + "train, without an account; nothing else of yours. Nothing they do changes them."), link, state);
        String token = shares.share(visitor, runIds);
        link.setPath("c/" + token);
        state.addClassName("share-state");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> ShareDialog.confirm("Withdraw this link?", "Whoever opens it from now on sees "
                + "\u201cnot found\u201d. Your runs stay as they are.", "Withdraw", () -> {
                    shares.revoke(visitor, token);
                    link.setPath(null);
                    withdraw.setEnabled(false);
                    state.setText("The link is withdrawn: its address now answers \u201cnot found\u201d. Share again for a new one.");
                }));
        add(withdraw);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** The link as shown, for tests. */
    String link() {
        return link.getValue();
    }
}
