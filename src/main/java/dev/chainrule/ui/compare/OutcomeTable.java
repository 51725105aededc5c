package dev.chainrule.ui.compare;

import com.vaadin.flow.component.html.Div;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Group;
import dev.chainrule.compare.Groups;
import dev.chainrule.compare.Outcome;
import dev.chainrule.compare.Stat;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.component.TextTable.Cell;
import dev.chainrule.ui.component.TextTable.Head;
import dev.chainrule.ui.component.TextTable.Sort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each run ended, side by side and sortable: final and best validation loss and accuracy (with
 * the epoch of the best), epochs, time, speed and status; the best value of each column marked. When
 * the runs are grouped, a row per group with mean ± sd over its runs.
 *
 * <p>A {@link TextTable}, not a Grid: fifty rows of ten columns, redrawn every second while runs train, cost a
 * Grid seconds in the browser. A header sorts by its column (again: the other way round; a third time: the
 * comparison's order); the sort stays while the numbers change. What each numeric cell says is its {@link OutcomeColumn}'s.
 */
final class OutcomeTable extends Div {
    /** One line: a run or a group, its numbers by {@link Outcome#COLUMNS} name, and its status (runs only). */
    record Row(String key, String label, String color, Map<String, Double> numbers, Map<String, Stat> stats,
            String status) {
    }

    private static final String STATUS = "Status";

    private final ComparisonState state;
    private final TextTable table = new TextTable();
    private final List<String> headers = new ArrayList<>();
    private Boolean grouped;
    private List<Row> rows = List.of();
    private String sortedBy;
    private boolean descending;

    OutcomeTable(ComparisonState state) {
        this.state = state;
        addClassName("compare-outcomes");
        table.addClassName("striped");
        table.addSortListener(column -> sortBy(headers.get(column)));
        add(table);
        refresh();
    }

    /** Shows the runs' (or groups') outcomes as they are now, in the order chosen. */
    void refresh() {
        boolean nowGrouped = state.choice().groupBy() != null;
        if (!Boolean.valueOf(nowGrouped).equals(grouped)) {
            grouped = nowGrouped;
            sortedBy = null;
            header();
        }
        rows = grouped ? groupRows() : runRows();
        render();
    }

    private List<Row> runRows() {
        List<Row> list = new ArrayList<>();
        for (ComparedRun run : state.runs()) {
            Outcome outcome = Outcome.of(run);
            list.add(new Row(run.key(), run.label(), state.color(run), outcome.numbers(), Map.of(), outcome.statusText()));
        }
        return list;
    }

    /** A row per group: each number the mean over the group's runs, shown with its standard deviation. */
    private List<Row> groupRows() {
        List<Row> list = new ArrayList<>();
        List<Group> groups = state.groups();
        var entries = state.legendEntries();
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Stat> stats = Groups.outcomeStats(groups.get(i));
            Map<String, Double> means = new LinkedHashMap<>();
            stats.forEach((name, stat) -> means.put(name, stat.n() == 0 ? null : stat.mean()));
            list.add(new Row(entries.get(i).key(), entries.get(i).label(), entries.get(i).color(), means, stats, ""));
        }
        return list;
    }

    private void header() {
        headers.clear();
        headers.add(grouped ? "Group" : "Run");
        OutcomeColumn.ALL.forEach(c -> headers.add(c.header()));
        if (!grouped) {
            headers.add(STATUS);
        }
    }

    private void sortBy(String header) {
        if (!header.equals(sortedBy)) {
            sortedBy = header;
            descending = false;
        } else if (!descending) {
            descending = true;
        } else {
            sortedBy = null;
        }
        render();
    }

    private void render() {
        List<Head> head = headers.stream().map(h -> new Head(h, !h.equals(sortedBy) ? Sort.NONE
                : descending ? Sort.DESCENDING : Sort.ASCENDING)).toList();
        List<Row> shown = new ArrayList<>(rows);
        if (sortedBy != null) {
            Comparator<Row> order = comparator(sortedBy);
            shown.sort(descending ? order.reversed() : order);
        }
        Map<OutcomeColumn, Double> best = new LinkedHashMap<>();
        OutcomeColumn.ALL.forEach(c -> best.put(c, c.best(rows)));
        List<TextTable.Row> lines = new ArrayList<>();
        for (Row row : shown) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.rowHeader(row.label(), row.color()));
            for (OutcomeColumn column : OutcomeColumn.ALL) {
                String text = column.text(row, grouped);
                cells.add(column.isBest(row, best.get(column)) ? Cell.marked(text, "outcome-best", "the best in this column")
                        : Cell.of(text));
            }
            if (!grouped) {
                cells.add(Cell.of(row.status()));
            }
            lines.add(new TextTable.Row(row.key(), cells));
        }
        table.show(head, lines);
    }

    private static Comparator<Row> comparator(String header) {
        if (header.equals("Run") || header.equals("Group")) {
            return Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER);
        }
        if (header.equals(STATUS)) {
            return Comparator.comparing(Row::status);
        }
        OutcomeColumn column = OutcomeColumn.byHeader(header);
        return Comparator.comparing((Row r) -> r.numbers().get(column.number()), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The keys of the rows in the order shown, for tests. */
    List<String> keys() {
        return table.getRows().stream().map(TextTable.Row::key).toList();
    }

    /** Presses a column's header, as a person would, for tests. */
    void pressHeader(String header) {
        table.pressHeader(headers.indexOf(header));
    }

    /** The shown text of a cell, for tests. */
    String cell(String key, String header) {
        Row row = rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        return OutcomeColumn.byHeader(header).text(row, grouped);
    }

    /** The keys of the rows whose value in this column is marked best, for tests. */
    List<String> bestIn(String header) {
        OutcomeColumn column = OutcomeColumn.byHeader(header);
        Double best = column.best(rows);
        return rows.stream().filter(r -> column.isBest(r, best)).map(Row::key).toList();
    }
}
