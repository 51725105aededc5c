package dev.chainrule.ui.share;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import dev.chainrule.experiment.SettingRows;
import java.util.List;

/** A two-column table of settings or facts; every text is set as text, never as markup. */
final class SettingsTable {
    private SettingsTable() {
    }

    static NativeTable of(String className, List<SettingRows.Setting> settings) {
        NativeTable table = new NativeTable();
        table.addClassNames("settings-table", className);
        NativeTableBody body = table.getBody();
        for (SettingRows.Setting s : settings) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(s.name());
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "start").set("padding-right", "var(--lumo-space-m)");
            row.addDataCell().setText(s.value());
            body.add(row);
        }
        return table;
    }
}
