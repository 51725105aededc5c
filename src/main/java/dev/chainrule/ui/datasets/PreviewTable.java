package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.chainrule.data.RawTable;
import java.util.List;

/** The first rows of a dataset as the importer read them; the headers are the column names. */
class PreviewTable extends Grid<List<String>> {
    static final int ROWS = 20;

    PreviewTable() {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        setHeight("320px");
        addClassName("preview-table");
    }

    void show(RawTable table) {
        removeAllColumns();
        List<String> names = table.columnNames();
        for (int i = 0; i < names.size(); i++) {
            int column = i;
            // A missing cell is null: shown empty, as it was in the file.
            addColumn(row -> row.get(column) == null ? "" : row.get(column)).setHeader(names.get(i))
                    .setAutoWidth(true).setFlexGrow(names.size() <= 8 ? 1 : 0).setResizable(true);
        }
        setItems(table.preview(ROWS));
        recalculateColumnWidths();
    }
}
