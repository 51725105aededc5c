package dev.chainrule.ui.compare;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.DiffCell;
import dev.chainrule.compare.DiffRow;
import dev.chainrule.compare.SettingsDiff;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.component.TextTable.Cell;
import dev.chainrule.ui.component.TextTable.Head;
import dev.chainrule.ui.component.TextTable.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settings side by side: one row per setting, one column per run, the first run the reference.
 * A changed cell is marked, and so is a layer one run has and another lacks; the network is compared
 * layer by layer, so "tanh → relu in layer 2" is one marked cell. Only the differences show until the
 * person asks for all. The marks' colours are in the theme (styles.css, {@code .diff-changed} …).
 * A {@link TextTable}: fifty runs are fifty-one columns.
 */
final class SettingsDiffTable extends VerticalLayout {
    private final TextTable table = new TextTable();
    private final Checkbox onlyDifferences = new Checkbox("Only differences", true);
    private final Paragraph allSame = new Paragraph("No setting differs between these runs. Untick \u201cOnly "
            + "differences\u201d to see them all.");
    private final List<Head> head = new ArrayList<>();
    private final List<DiffRow> rows;
    private List<DiffRow> shown = List.of();

    SettingsDiffTable(ComparisonState state) {
        setPadding(false);
        addClassName("compare-settings");
        List<ComparedRun> runs = state.runs();
        head.add(new Head("Setting", Sort.UNSORTABLE));
        for (int i = 0; i < runs.size(); i++) {
            head.add(new Head(runs.get(i).label(), Sort.UNSORTABLE, state.color(runs.get(i)), i == 0 ? "(reference)" : null));
        }
        allSame.addClassName("compare-all-same");
        onlyDifferences.addValueChangeListener(e -> show());
        add(new H3("Settings"), onlyDifferences, allSame, table);
        rows = SettingsDiff.of(runs);
        show();
    }

    private void show() {
        shown = onlyDifferences.getValue() ? rows.stream().filter(DiffRow::differs).toList() : rows;
        List<TextTable.Row> lines = new ArrayList<>();
        for (DiffRow row : shown) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(row.setting(), null, null, null, true));
            for (DiffCell cell : row.cells()) {
                cells.add(Cell.marked(cell.text(), "diff-cell diff-" + cell.change().name().toLowerCase(Locale.ROOT), null));
            }
            lines.add(new TextTable.Row(row.setting(), cells));
        }
        table.show(head, lines);
        allSame.setVisible(shown.isEmpty());
        table.setVisible(!shown.isEmpty());
    }

    /** What the table marks, for tests: the cells of the row {@code setting}, or null when it is not shown. */
    List<DiffCell> shownCells(String setting) {
        return shown.stream().filter(r -> r.setting().equals(setting)).findFirst().map(DiffRow::cells).orElse(null);
    }
}
