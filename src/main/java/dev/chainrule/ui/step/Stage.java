package dev.chainrule.ui.step;

import dev.chainrule.ui.component.NetworkDiagram.Highlight;
import dev.chainrule.ui.component.TextTable;
import java.util.List;

/**
 * One stage of an update as the step-through shows it: which part of the update it belongs to, a title, a
 * short explanation in our words, a table of the numbers (text cells), the results it arrives at, and what
 * the diagram marks.
 *
 * @param part    Inputs, Forward, Loss, Backward or Update
 * @param results lines such as "∂L/∂W2[1,1] = -0.0917076457317108"
 */
record Stage(String part, String title, String text, List<TextTable.Head> head, List<TextTable.Row> rows,
        List<String> results, Highlight highlight) {

    Stage {
        head = List.copyOf(head);
        rows = List.copyOf(rows);
        results = List.copyOf(results);
    }

    /** "Forward · h1.2", as the jump list names it. */
    String label() {
        return part + " · " + title;
    }
}
