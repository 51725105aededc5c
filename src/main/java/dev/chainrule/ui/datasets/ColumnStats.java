package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.chainrule.data.ColumnProfile;
import dev.chainrule.data.ColumnType;
import java.util.List;
import java.util.Locale;

/** One row per column of the dataset: how the importer read it and what values it holds. */
class ColumnStats extends Grid<ColumnProfile> {

    ColumnStats() {
        super(ColumnProfile.class, false);
        addColumn(ColumnProfile::name).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> typeName(c.type())).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        number(addColumn(c -> count(c.missing())).setHeader("Missing"));
        number(addColumn(c -> format(c.min())).setHeader("Min"));
        number(addColumn(c -> format(c.max())).setHeader("Max"));
        number(addColumn(c -> format(c.mean())).setHeader("Mean"));
        number(addColumn(c -> count(c.distinct())).setHeader("Distinct"));
        addColumn(ColumnStats::note).setHeader("Note").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addClassName("column-stats");
    }

    void show(List<ColumnProfile> columns) {
        // A few columns show whole; 64 pixel columns scroll inside the grid.
        setAllRowsVisible(columns.size() <= 12);
        setHeight(columns.size() <= 12 ? null : "420px");
        setItems(columns);
        recalculateColumnWidths();
    }

    static String typeName(ColumnType type) {
        return switch (type) {
            case NUMERIC -> "number";
            case CATEGORICAL -> "category";
            case IGNORED -> "ignored";
        };
    }

    /** Four significant digits, whole numbers as they are: enough to compare columns at a glance. */
    static String format(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", v.longValue());
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains("e") ? s : s.replaceFirst("\\.?0+$", "");
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The importer's note, or for a category the first values, so a teacher sees what the classes are. */
    private static String note(ColumnProfile c) {
        if (c.note() != null) {
            return c.note();
        }
        return c.type() == ColumnType.CATEGORICAL ? "e.g. " + String.join(", ", c.samples()) : "";
    }

    private static void number(Column<ColumnProfile> column) {
        column.setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }
}
