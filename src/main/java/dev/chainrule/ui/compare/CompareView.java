package dev.chainrule.ui.compare;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.Comparison;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.lesson.LessonNotFoundException;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /compare?runs=12,15,s:Ab3…}: the person's own runs by number and anyone's through a share link,
 * compared. What the address names and the visitor may not see is reported as not found, never shown.
 */
@Route(value = CompareLinks.ROUTE, layout = MainLayout.class)
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ComparisonServices services;
    private final Visitor visitor;
    private String title = "Compare · Chainrule";

    CompareView(ComparisonServices services, CurrentVisitor current) {
        this.services = services;
        this.visitor = current.get();
        addClassName("compare-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Comparison comparison = RequestedComparison.open(event, services.compare(), visitor, "No runs are named to "
                + "compare. Tick two or more in the list of runs and press Compare, or press \u201cCompare with\u2026\u201d "
                + "on a run's page.", this::explain);
        if (comparison == null) {
            return;
        }
        // a link or a lesson is made of one's own runs only: not of shared ones, nor of a student's a teacher reads
        boolean allOwn = comparison.runs().stream().allMatch(r -> !r.viaShareLink() && visitor.owns(r.details().run().getOwnerId()));
        title = comparison.runs().size() + " runs compared · Chainrule";
        add(new ComparisonPage(comparison, services, visitor, allOwn && visitor.isSignedIn(),
                lesson(event.getLocation().getQueryParameters().getSingleParameter(CompareLinks.LESSON).orElse(null))));
    }

    /** The lesson the runs were started for, whose point the page shows; null for none, or one not (any more) there. */
    private Lesson lesson(String id) {
        if (id == null) {
            return null;
        }
        try {
            return services.lessons().find(visitor, id);
        } catch (LessonNotFoundException e) {
            return null; // deleted since: the runs are still worth comparing
        }
    }

    private void explain(String message) {
        title = "Compare · Chainrule";
        Paragraph why = new Paragraph(message);
        why.addClassName("compare-problem");
        add(new H2("Compare runs"), why, new Anchor("runs", "Open the list of runs"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
