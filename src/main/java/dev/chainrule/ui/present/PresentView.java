package dev.chainrule.ui.present;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Comparison;
import dev.chainrule.ui.account.CurrentVisitor;
import dev.chainrule.ui.compare.CompareLinks;
import dev.chainrule.ui.compare.ComparisonPresentation;
import dev.chainrule.ui.compare.ComparisonServices;
import dev.chainrule.ui.compare.RequestedComparison;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * {@code /present?runs=12,15}: runs on the projector, for the back row. Several runs: the comparison's legend and
 * charts only; one run: its progress, decision boundary, network and curves. Large type, no side menu, no
 * toolbar; Escape or "Leave presentation" goes back. The runs are opened exactly as the comparison opens them
 * ({@link dev.chainrule.compare.CompareService#compare}): one's own, one a grant lets one read (a teacher, a
 * student's run of an assignment), or one behind a share link; any other is not shown.
 */
@Route(PresentView.ROUTE) // no layout: nothing on the screen but the runs
@PermitAll
public class PresentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String ROUTE = CompareLinks.PRESENT_ROUTE;
    private final ComparisonServices services;
    private final Visitor visitor;
    private String title = "Presentation \u00b7 Chainrule";

    PresentView(ComparisonServices services, CurrentVisitor current) {
        this.services = services;
        this.visitor = current.get();
        addClassName("present-view");
        setSizeFull();
    }

    /** Opens the presentation of these runs (the visitor's own, or ones they may read) in this tab. */
    public static void open(UI ui, List<Long> runIds) {
        String keys = CompareLinks.ofRuns(runIds); // checks them as a comparison's address does
        ui.navigate(ROUTE, QueryParameters.fromString(keys.substring(keys.indexOf('?') + 1)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Comparison comparison = RequestedComparison.open(event, services.compare(), visitor,
                "No runs are named to present. Open a comparison or a run and press \u201cShow to class\u201d.", this::explain);
        if (comparison == null) {
            return;
        }
        List<ComparedRun> runs = comparison.runs();
        String heading = runs.size() == 1 ? runs.get(0).title() : runs.size() + " runs compared";
        title = heading + " \u00b7 Presentation \u00b7 Chainrule";
        add(header(heading, leaveTo(runs)));
        add(runs.size() == 1 ? new PresentedRun(runs.get(0), services, visitor)
                : new ComparisonPresentation(comparison, services, visitor));
    }

    /** Where leaving goes when there is no page to go back to (opened in a tab of its own): the runs' own page. */
    private static String leaveTo(List<ComparedRun> runs) {
        ComparedRun first = runs.get(0);
        if (runs.size() == 1 && !first.viaShareLink()) {
            return "runs/" + first.runId();
        }
        return CompareLinks.of(runs.stream().map(ComparedRun::key).toList());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the root's size: Lumo's text is sized in rem; the charts redraw with the larger lines and labels
        event.getUI().getElement().executeJs("document.documentElement.classList.add('presenting');"
                + "window.dispatchEvent(new CustomEvent('chainrule-presentation'));");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getElement().executeJs("document.documentElement.classList.remove('presenting');"
                + "window.dispatchEvent(new CustomEvent('chainrule-presentation'));");
    }

        private HorizontalLayout header(String heading, String fallback) {
        H1 name = new H1(heading); // a title someone typed: set as text
        name.addClassName("present-title");
        Anchor leave = new Anchor(fallback, "Leave presentation");
        leave.addClassName("present-leave");
        // back to the page that opened it (the board, the comparison); the link's address when there is none
        String back = "if (history.length > 1) { history.back(); } else { location.assign($0); }";
        leave.getElement().addEventListener("click", e -> getElement().executeJs(back, fallback))
                .addEventData("event.preventDefault()");
        Shortcuts.addShortcutListener(this, () -> getElement().executeJs(back, fallback), Key.ESCAPE);
        HorizontalLayout bar = new HorizontalLayout(name, leave);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(name);
        return bar;
    }

    private void explain(String message) {
        Paragraph why = new Paragraph(message);
        why.addClassName("present-problem");
        add(new H1("Presentation"), why, new Anchor("runs", "Open the list of runs"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
