package dev.chainrule.ui.compare;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
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
 *
 * <p>A plain HTML table, not a Grid: fifty runs are fifty-one columns, which a Grid measures cell by cell
 * (seconds in the browser), and a few rows need no lazy loading. Every text goes in as text.
 */
final class SettingsDiffTable extends VerticalLayout {
    private final Element body = new Element("tbody");
    private final Div scroller = new Div();
    private final Checkbox onlyDifferences = new Checkbox("Only differences", true);
    private final Paragraph allSame = new Paragraph("No setting differs between these runs. Untick \u201cOnly "
            + "differences\u201d to see them all.");
    private final List<DiffRow> rows;
    private List<DiffRow> shown = List.of();

    SettingsDiffTable(ComparisonState state) {
        setPadding(false);
        addClassName("compare-settings");
        List<ComparedRun> runs = state.runs();
        Element header = new Element("tr").appendChild(new Element("th").setText("Setting").setAttribute("scope", "col"));
        for (int i = 0; i < runs.size(); i++) {
            header.appendChild(header(runs.get(i), state.color(runs.get(i)), i == 0));
        }
        Element table = new Element("table").appendChild(new Element("thead").appendChild(header), body);
        table.getClassList().add("settings-table");
        scroller.addClassName("settings-scroller"); // wider than the page, it scrolls within itself
        scroller.getElement().appendChild(table);
        allSame.addClassName("compare-all-same");
        onlyDifferences.addValueChangeListener(e -> show());
        add(new H3("Settings"), onlyDifferences, allSame, scroller);
        rows = SettingsDiff.of(runs);
        show();
    }

    private void show() {
        shown = onlyDifferences.getValue() ? rows.stream().filter(DiffRow::differs).toList() : rows;
        body.removeAllChildren();
        for (DiffRow row : shown) {
            Element tr = new Element("tr").appendChild(new Element("th").setText(row.setting()).setAttribute("scope", "row"));
            for (DiffCell cell : row.cells()) {
                Element td = new Element("td");
                Element text = new Element("span").setText(cell.text());
                text.getClassList().add("diff-cell");
                text.getClassList().add("diff-" + cell.change().name().toLowerCase(Locale.ROOT));
                tr.appendChild(td.appendChild(text));
            }
            body.appendChild(tr);
        }
        allSame.setVisible(shown.isEmpty());
        scroller.setVisible(!shown.isEmpty());
    }

    private static Element header(ComparedRun run, String color, boolean reference) {
        Element th = new Element("th").setAttribute("scope", "col");
        th.appendChild(RunColors.dot(color).getElement(), new Element("span").setText(run.title()));
        if (reference) {
            Element note = new Element("span").setText(" (reference)");
            note.getClassList().add("settings-reference");
            th.appendChild(note);
        }
        return th;
    }

    /** What the table marks, for tests: the cells of the row {@code setting}, or null when it is not shown. */
    List<DiffCell> shownCells(String setting) {
        return shown.stream().filter(r -> r.setting().equals(setting)).findFirst().map(DiffRow::cells).orElse(null);
    }
}
