package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.chainrule.run.RunRow;
import dev.chainrule.ui.compare.CompareLinks;
import java.util.List;
import java.util.Set;

/**
 * The Runs page's way into a comparison: tick runs in the list, then Compare. The first run ticked is
 * the reference the others are compared with. Under two runs there is nothing to compare, and a
 * comparison shows at most {@value CompareLinks#MAX_RUNS}: the button says so instead of
 * opening a page that would only refuse.
 */
class CompareSelection extends HorizontalLayout {
    private static final int MAX_RUNS = CompareLinks.MAX_RUNS;
    private final Grid<RunRow> grid;
    private final Button compare = new Button("Compare", VaadinIcon.SPLIT_H.create(), e -> compare());
    private final Span hint = new Span();

    CompareSelection(Grid<RunRow> grid) {
        this.grid = grid;
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hint.addClassName("compare-hint");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(compare, hint);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.asMultiSelect().addValueChangeListener(e -> show());
        show();
    }

    /** The ticked runs' ids in the order they were ticked. */
    List<Long> chosen() {
        return grid.getSelectedItems().stream().map(r -> r.run().getId()).toList();
    }

    /** After a delete: a run that is gone is no longer ticked. */
    void keepOnly(Set<Long> present) {
        grid.getSelectedItems().stream().filter(r -> !present.contains(r.run().getId())).toList().forEach(grid::deselect);
    }

    private void show() {
        int n = grid.getSelectedItems().size();
        compare.setEnabled(n >= 2 && n <= MAX_RUNS);
        compare.setText(n >= 2 ? "Compare " + n + " runs" : "Compare");
        String why = n < 2 ? "Tick two or more runs in the list to compare them side by side."
                : n > MAX_RUNS ? "A comparison shows at most " + MAX_RUNS + " runs; " + n + " are ticked. Untick "
                        + (n - MAX_RUNS) + " to compare the rest."
                : "The first run ticked is the reference the others are compared with.";
        hint.setText(why);
        compare.setTooltipText(why);
    }

    private void compare() {
        List<Long> ids = chosen();
        if (ids.size() >= 2 && ids.size() <= MAX_RUNS) {
            compare.getUI().ifPresent(ui -> CompareLinks.open(ui, ids));
        }
    }
}
