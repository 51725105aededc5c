package dev.chainrule.e2e;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.component.TextTable.Cell;
import dev.chainrule.ui.component.TextTable.Head;
import dev.chainrule.ui.component.TextTable.Row;
import dev.chainrule.ui.component.TextTable.Sort;
import java.util.List;

/**
 * A page for {@link TextTableBrowserTest} only (under src/test: the app has no such route): a table whose numbers
 * change as a live comparison's do, whose rows can be put in another order, and whose names are hostile.
 */
@Route("test/text-table")
@PageTitle("Text table (test page)")
@AnonymousAllowed
public class TextTableTestView extends VerticalLayout {
    static final String NAME = HostileText.IMG + HostileText.SVG;
    private final TextTable table = new TextTable();

    public TextTableTestView() {
        show("0.5", "0.25", "12", "21");
        add(table, new Button("Numbers change", e -> show("0.4", "0.125", "12", "21")),
                new Button("Other order", e -> show("0.4", "0.125", "21", "12")));
    }

    private void show(String first, String second, String... order) {
        List<Head> head = List.of(new Head("Run", Sort.NONE, null, null), new Head("Loss", Sort.ASCENDING));
        Row a = new Row("12", List.of(Cell.rowHeader(NAME, "#1f77b4"), Cell.of(first)));
        Row b = new Row("21", List.of(Cell.rowHeader(HostileText.DETAILS, "#ff7f0e"),
                Cell.marked(second, "outcome-best", "the best in this column")));
        table.show(head, order[0].equals("12") ? List.of(a, b) : List.of(b, a));
    }
}
