package dev.chainrule.ui.step;

import dev.chainrule.ui.component.TextTable;
import java.util.ArrayList;
import java.util.List;

/** The step-through's tables as text: heads without sorting, rows keyed by their position. */
final class Tables {

    private Tables() {
    }

    static List<TextTable.Head> head(String... texts) {
        List<TextTable.Head> head = new ArrayList<>();
        for (String text : texts) {
            head.add(new TextTable.Head(text, TextTable.Sort.UNSORTABLE));
        }
        return head;
    }

    static List<TextTable.Head> head(List<String> texts) {
        return head(texts.toArray(new String[0]));
    }

    /** A row; its first cell is the row's header. */
    static TextTable.Row row(int index, List<String> cells) {
        List<TextTable.Cell> row = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            row.add(c == 0 ? TextTable.Cell.rowHeader(cells.get(c), null) : TextTable.Cell.of(cells.get(c)));
        }
        return new TextTable.Row("r" + index, row);
    }

    static TextTable.Row row(int index, String... cells) {
        return row(index, List.of(cells));
    }

    /** "#3": an example by its row of the training data, counted from 1. */
    static String example(int row) {
        return "#" + (row + 1);
    }
}
