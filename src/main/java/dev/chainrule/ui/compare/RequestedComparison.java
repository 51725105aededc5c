package dev.chainrule.ui.compare;

import com.vaadin.flow.router.BeforeEnterEvent;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.CompareService;
import dev.chainrule.compare.Comparison;
import dev.chainrule.compare.ComparisonRequestException;
import dev.chainrule.compare.RunRef;
import dev.chainrule.ui.NotFoundView;
import java.util.List;
import java.util.function.Consumer;

/**
 * The runs an address's {@code runs} parameter names, opened with the comparison's checks: one place for the
 * comparison page and its presentation ({@code /present}), so both let in and turn away exactly the same runs.
 */
public final class RequestedComparison {
    private RequestedComparison() {
    }

    /**
     * The comparison asked for by the address of {@code event}; null when the page has already been answered: a
     * malformed or empty list explained through {@code explain}, or none of the runs the visitor may see (the
     * not-found page).
     *
     * @param noRuns what {@code explain} says when the address names no runs
     */
    public static Comparison open(BeforeEnterEvent event, CompareService compare, Visitor visitor, String noRuns,
            Consumer<String> explain) {
        String parameter = event.getLocation().getQueryParameters().getSingleParameter(CompareLinks.RUNS).orElse("");
        Comparison comparison;
        try {
            List<RunRef> refs = RunRef.parse(parameter);
            if (refs.isEmpty()) {
                explain.accept(noRuns);
                return null;
            }
            comparison = compare.compare(visitor, refs);
        } catch (ComparisonRequestException e) {
            explain.accept(e.getMessage());
            return null;
        }
        if (comparison.runs().isEmpty()) {
            NotFoundView.show(event, "None of the runs named can be shown (" + String.join(", ", comparison.notFound())
                    + "): each may have been deleted, be someone else's, or its link withdrawn.");
            return null;
        }
        return comparison;
    }
}
