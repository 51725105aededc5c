package dev.chainrule.ui.compare;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.Comparison;
import dev.chainrule.share.ShareNotFoundException;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.CurrentVisitor;
import java.util.List;

/**
 * {@code /c/{token}}: a comparison someone shared, for anyone, no account needed: exactly the runs the
 * link names (those since deleted left out), read-only. A withdrawn link is not found.
 */
@Route(value = "c/:token", layout = MainLayout.class)
@AnonymousAllowed
public class SharedComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ComparisonServices services;
    private final Visitor visitor;
    private String title = "Shared comparison · Chainrule";

    SharedComparisonView(ComparisonServices services, CurrentVisitor current) {
        this.services = services;
        this.visitor = current.get();
        addClassName("shared-comparison");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        List<Long> ids;
        try {
            ids = services.comparisonShares().open(token);
        } catch (ShareNotFoundException e) {
            NotFoundView.show(event, e.getMessage());
            return;
        }
        Comparison comparison = services.compare().compareRuns(ids);
        if (comparison.runs().isEmpty()) {
            NotFoundView.show(event, "The runs of this comparison have all been deleted.");
            return;
        }
        title = comparison.runs().size() + " runs compared · Chainrule";
        Paragraph about = new Paragraph("A comparison shared with you. You are watching; nothing here changes these runs.");
        about.addClassName("shared-by");
        add(about, new ComparisonPage(new Comparison(comparison.runs(), List.of(), comparison.runsAsked()), services, visitor, false,
                null));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
