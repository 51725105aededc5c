package dev.chainrule.ui.compare;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Comparison;
import dev.chainrule.compare.XAxis;
import java.util.List;

/**
 * A comparison for the projector ({@code /present}): its legend and its charts only, large, live while runs train.
 * No controls, outcome table or settings: the class looks at the curves while the teacher talks. The runs were
 * opened by {@link dev.chainrule.compare.CompareService#compare}, so with the comparison page's checks.
 */
public final class ComparisonPresentation extends VerticalLayout {
    private final FollowedRuns followed;
    private final ComparisonServices services;
    private final ComparisonState state;
    private final CompareCharts charts;
    private final RunLegend legend;

    public ComparisonPresentation(Comparison comparison, ComparisonServices services, Visitor visitor) {
        this.services = services;
        setPadding(false);
        addClassName("comparison-presentation");
        state = new ComparisonState(comparison.runs(), comparison.runsAsked(),
                new CompareControls.Choice(XAxis.EPOCH, false, 0.0, null));
        followed = new FollowedRuns(state, new LiveComparison(services.training(), visitor));
        charts = new CompareCharts(state);
        legend = new RunLegend((key, shown) -> {
            state.setShown(key, shown);
            charts.setHidden(state.hidden());
        });
        add(legend, charts);
        legend.show(state.legendEntries(), state.hidden());
        charts.redraw();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        followed.attach(event.getUI(), charts, services.compare(), () -> { }, () -> { });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        followed.detach();
    }

    /** The runs' keys in the legend's order (the comparison's): what the class sees, for tests. */
    public List<String> keys() {
        return state.runs().stream().map(ComparedRun::key).toList();
    }
}
