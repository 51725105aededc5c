package dev.chainrule.ui.compare;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Group;
import dev.chainrule.compare.Groups;
import dev.chainrule.compare.Outcome;
import dev.chainrule.compare.Stat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How each run ended, side by side and sortable: final and best validation loss and accuracy (with
 * the epoch of the best), epochs, time, speed and status; the best value of each column marked. When
 * the runs are grouped, a row per group with mean ± sd over its runs.
 */
final class OutcomeTable extends Grid<OutcomeTable.Row> {
    /** One line: a run or a group, its numbers by {@link Outcome#COLUMNS} name, and its status (runs only). */
    record Row(String key, String label, String color, Map<String, Double> numbers, Map<String, Stat> stats,
            String status) {
    }

    private enum Better { LOWER, HIGHER, NEITHER }

    private record Column(String header, String number, String epochOf, Better better, Function<Double, String> format) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Final val. loss", "final validation loss", null, Better.LOWER, OutcomeTable::loss),
            new Column("Best val. loss", "best validation loss", "epoch of best validation loss", Better.LOWER, OutcomeTable::loss),
            new Column("Final val. accuracy", "final validation accuracy", null, Better.HIGHER, OutcomeTable::percent),
            new Column("Best val. accuracy", "best validation accuracy", "epoch of best validation accuracy", Better.HIGHER,
                    OutcomeTable::percent),
            new Column("Epochs", "epochs", null, Better.NEITHER, v -> String.format("%,.0f", v)),
            new Column("Time", "seconds", null, Better.LOWER, v -> String.format("%.1f s", v)),
            new Column("Epochs/s", "epochs per second", null, Better.HIGHER, v -> String.format("%,.0f", v)));

    private final boolean grouped;

    private OutcomeTable(List<Row> rows, boolean grouped) {
        this.grouped = grouped;
        addClassName("compare-outcomes");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setWidthFull(); // wider than the page, it scrolls within itself
        addColumn(LitRenderer.<Row>of("<span class=\"run-dot\" style=\"background:${item.color}\"></span>${item.label}")
                .withProperty("color", Row::color).withProperty("label", Row::label))
                .setHeader(grouped ? "Group" : "Run").setAutoWidth(true).setFlexGrow(1).setFrozen(true)
                .setComparator(Row::label);
        for (Column column : COLUMNS) {
            Double best = best(rows, column);
            addColumn(LitRenderer.<Row>of("<span class=\"${item.css}\" title=\"${item.hint}\">${item.text}</span>")
                    .withProperty("text", row -> text(row, column))
                    .withProperty("css", row -> isBest(row, column, best) ? "outcome-best" : "")
                    .withProperty("hint", row -> isBest(row, column, best) ? "the best in this column" : ""))
                    .setHeader(column.header()).setAutoWidth(true).setComparator(Comparator.comparing(
                            (Row r) -> r.numbers().get(column.number()), Comparator.nullsLast(Comparator.naturalOrder())));
        }
        if (!grouped) {
            addColumn(Row::status).setHeader("Status").setAutoWidth(true).setComparator(Row::status);
        }
        setItems(rows);
    }

    /** A row per run. */
    static OutcomeTable ofRuns(ComparisonState state) {
        List<Row> rows = new ArrayList<>();
        for (ComparedRun run : state.runs()) {
            Outcome outcome = Outcome.of(run);
            rows.add(new Row(run.key(), run.title(), state.color(run), outcome.numbers(), Map.of(), outcome.statusText()));
        }
        return new OutcomeTable(rows, false);
    }

    /** A row per group: each number the mean over the group's runs, shown with its standard deviation. */
    static OutcomeTable ofGroups(ComparisonState state) {
        List<Row> rows = new ArrayList<>();
        List<Group> groups = state.groups();
        var entries = state.legendEntries();
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Stat> stats = Groups.outcomeStats(groups.get(i));
            Map<String, Double> means = new LinkedHashMap<>();
            stats.forEach((name, stat) -> means.put(name, stat.n() == 0 ? null : stat.mean()));
            rows.add(new Row(entries.get(i).key(), entries.get(i).label(), entries.get(i).color(), means, stats, ""));
        }
        return new OutcomeTable(rows, true);
    }

    /** The shown text of a cell, for tests. */
    String cell(String key, String header) {
        Row row = getListDataView().getItems().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        return text(row, COLUMNS.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow());
    }

    /** The keys of the rows whose value in this column is marked best, for tests. */
    List<String> bestIn(String header) {
        Column column = COLUMNS.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
        List<Row> rows = getListDataView().getItems().toList();
        Double best = best(rows, column);
        return rows.stream().filter(r -> isBest(r, column, best)).map(Row::key).toList();
    }

    private String text(Row row, Column column) {
        Double value = row.numbers().get(column.number());
        if (value == null) {
            return "—";
        }
        String text = column.format().apply(value);
        if (grouped) {
            Stat stat = row.stats().get(column.number());
            return text + (Double.isNaN(stat.sd()) ? "" : " ± " + column.format().apply(stat.sd()).replace(" s", ""))
                    + " (n=" + stat.n() + ")";
        }
        Double epoch = column.epochOf() == null ? null : row.numbers().get(column.epochOf());
        return epoch == null ? text : text + " (epoch " + String.format("%,.0f", epoch) + ")";
    }

    private static Double best(List<Row> rows, Column column) {
        if (column.better() == Better.NEITHER || rows.size() < 2) {
            return null;
        }
        return rows.stream().map(r -> r.numbers().get(column.number())).filter(v -> v != null && Double.isFinite(v))
                .reduce((a, b) -> column.better() == Better.LOWER ? Math.min(a, b) : Math.max(a, b)).orElse(null);
    }

    private static boolean isBest(Row row, Column column, Double best) {
        Double value = row.numbers().get(column.number());
        return best != null && value != null && value.doubleValue() == best.doubleValue();
    }

    private static String loss(double v) {
        return String.format("%.4g", v);
    }

    private static String percent(double v) {
        return String.format("%.1f %%", 100 * v);
    }
}
