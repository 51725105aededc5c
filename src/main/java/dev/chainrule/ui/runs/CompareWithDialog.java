package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunQuery;
import dev.chainrule.run.RunRow;
import dev.chainrule.run.RunService;
import dev.chainrule.ui.compare.CompareLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Compare with…": the person's other runs, searchable by title, to tick and put beside this run. This
 * run comes first in the comparison: it is the reference the others' settings are compared with.
 */
class CompareWithDialog extends Dialog {
    private static final int MAX_OTHERS = CompareLinks.MAX_RUNS - 1;
    private final long runId;
    private final Grid<RunRow> grid = new Grid<>(RunRow.class, false);
    private final TextField search = new TextField("Search titles");
    private final Button compare = new Button("Compare", e -> compare());
    private final Paragraph hint = new Paragraph();

    CompareWithDialog(RunService runs, Visitor visitor, Run run) {
        this.runId = run.getId();
        setHeaderTitle("Compare \u201c" + run.getTitle() + "\u201d with\u2026");
        setWidth("min(900px, 95vw)");
        Paragraph about = new Paragraph("Tick the runs to put beside this one. This run is the reference: the "
                + "settings of the others are shown as changes from it.");
        grid.addColumn(r -> r.run().getTitle()).setHeader("Title").setFlexGrow(4);
        grid.addColumn(RunRow::datasetName).setHeader("Dataset").setFlexGrow(2);
        grid.addColumn(r -> r.run().getStatus().label()).setHeader("Status");
        grid.addColumn(r -> RunsView.WHEN.format(r.run().getCreatedAt())).setHeader("Started").setFlexGrow(2);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setHeight("22em");
        grid.setEmptyStateText("No other run matches. Train more in the Lab, or clear the search.");
        List<RunRow> others = runs.find(visitor, RunQuery.all()).stream().filter(r -> r.run().getId() != runId).toList();
        GridListDataView<RunRow> view = grid.setItems(others);
        view.setIdentifierProvider(r -> r.run().getId());
        search.setPlaceholder("part of a title");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        // a filter, not new items: runs ticked before a search stay ticked
        search.addValueChangeListener(e -> view.setFilter(r -> r.run().getTitle().toLowerCase(Locale.ROOT)
                .contains(e.getValue().strip().toLowerCase(Locale.ROOT))));
        grid.asMultiSelect().addValueChangeListener(e -> show());
        hint.addClassName("compare-hint");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(about, search, grid, hint);
        getFooter().add(new Button("Cancel", e -> close()), compare);
        show();
    }

    private void show() {
        int n = grid.getSelectedItems().size();
        compare.setEnabled(n >= 1 && n <= MAX_OTHERS);
        compare.setText(n <= 1 ? "Compare" : "Compare " + (n + 1) + " runs");
        hint.setText(n == 0 ? "Tick at least one run." : n > MAX_OTHERS ? "A comparison shows at most "
                + CompareLinks.MAX_RUNS + " runs, this one and " + MAX_OTHERS + " others; " + n + " are ticked. Untick "
                + (n - MAX_OTHERS) + "." : "");
    }

    private void compare() {
        List<Long> ids = new ArrayList<>();
        ids.add(runId);
        grid.getSelectedItems().forEach(r -> ids.add(r.run().getId()));
        if (ids.size() >= 2 && ids.size() <= CompareLinks.MAX_RUNS) {
            getUI().ifPresent(ui -> {
                close();
                CompareLinks.open(ui, ids);
            });
        }
    }
}
