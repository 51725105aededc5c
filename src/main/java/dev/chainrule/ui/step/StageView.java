package dev.chainrule.ui.step;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.ui.component.TextTable;
import java.util.List;

/** One stage on screen: its part and title, the explanation, the table of numbers and the results it arrives at. */
class StageView extends Div {
    private final Span part = new Span();
    private final H3 title = new H3();
    private final Paragraph text = new Paragraph();
    private final TextTable table = new TextTable();
    private final Div results = new Div();

    StageView() {
        addClassName("step-stage");
        part.addClassName("step-part");
        title.addClassName("step-title");
        text.addClassName("step-text");
        table.addClassName("step-table");
        results.addClassName("step-results");
        add(part, title, text, table, results);
    }

    /** Every text set as text: nothing a stage holds is read as HTML. */
    void show(Stage stage) {
        part.setText(stage.part());
        title.setText(stage.title());
        text.setText(stage.text());
        table.setVisible(!stage.rows().isEmpty());
        table.show(stage.head(), stage.rows());
        results.removeAll();
        for (String line : stage.results()) {
            Span result = new Span(line);
            result.addClassName("step-result");
            results.add(result);
        }
    }

    TextTable table() {
        return table;
    }

    /** The result lines shown, for tests and the page's own checks. */
    List<String> resultLines() {
        return results.getChildren().map(c -> ((Span) c).getText()).toList();
    }
}
