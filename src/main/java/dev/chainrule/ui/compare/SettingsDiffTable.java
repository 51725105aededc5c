package dev.chainrule.ui.compare;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.DiffCell;
import dev.chainrule.compare.DiffRow;
import dev.chainrule.compare.SettingsDiff;
import java.util.List;
import java.util.Locale;

/**
 * The settings side by side: one row per setting, one column per run, the first run the reference.
 * A changed cell is marked, and so is a layer one run has and another lacks; the network is compared
 * layer by layer, so "tanh → relu in layer 2" is one marked cell. Only the differences show until the
 * person asks for all. The marks' colours are in the theme (styles.css, {@code .diff-changed} …).
 */
final class SettingsDiffTable extends VerticalLayout {
    private final Grid<DiffRow> grid = new Grid<>();
    private final Checkbox onlyDifferences = new Checkbox("Only differences", true);
    private final Paragraph allSame = new Paragraph("No setting differs between these runs. Untick \u201cOnly "
            + "differences\u201d to see them all.");
    private List<DiffRow> rows = List.of();

    SettingsDiffTable(ComparisonState state) {
        setPadding(false);
        addClassName("compare-settings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addColumn(DiffRow::setting).setHeader("Setting").setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        List<ComparedRun> runs = state.runs();
        for (int i = 0; i < runs.size(); i++) {
            int index = i;
            // Lit's ${…} puts the values in as text: a title or setting someone typed stays text
            grid.addColumn(LitRenderer.<DiffRow>of("<span class=\"diff-cell diff-${item.change}\">${item.text}</span>")
                            .withProperty("text", row -> row.cells().get(index).text())
                            .withProperty("change", row -> row.cells().get(index).change().name().toLowerCase(Locale.ROOT)))
                    .setHeader(header(runs.get(i), state.color(runs.get(i)), i == 0))
                    .setAutoWidth(true).setTextAlign(ColumnTextAlign.START);
        }
        allSame.addClassName("compare-all-same");
        onlyDifferences.addValueChangeListener(e -> show());
        add(new H3("Settings"), onlyDifferences, allSame, grid);
        rows = SettingsDiff.of(runs);
        show();
    }

    private void show() {
        List<DiffRow> shown = onlyDifferences.getValue() ? rows.stream().filter(DiffRow::differs).toList() : rows;
        grid.setItems(shown);
        allSame.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    private static Span header(ComparedRun run, String color, boolean reference) {
        Span swatch = RunColors.dot(color);
        Span title = new Span(run.title());
        Span header = new Span(swatch, title);
        if (reference) {
            Span note = new Span(" (reference)");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            header.add(note);
        }
        return header;
    }

    /** What the table marks, for tests: the cells of the row {@code setting}, or null when it is not shown. */
    List<DiffCell> shownCells(String setting) {
        return grid.getListDataView().getItems().filter(r -> r.setting().equals(setting)).findFirst()
                .map(DiffRow::cells).orElse(null);
    }
}
