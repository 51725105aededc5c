package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * A table of text, sent as one JSON value and built in the browser ({@code <chainrule-table>}, plain DOM with
 * every text set as text): a page's fifty-row or fifty-column table costs one message, not a Flow element per
 * cell (some 1,500 for a comparison of fifty runs, most of the page's first answer and of its time in the
 * browser). A sortable header is a button; pressing it asks the server ({@link #addSortListener}), which sorts
 * and sends the rows again.
 */
@Tag("chainrule-table")
@JavaScript("context://js/chainrule-json-element.js")
@JavaScript("context://js/chainrule-table.js")
public class TextTable extends Component implements HasSize, HasStyle {
    private static final ObjectMapper JSON = new ObjectMapper();
    // classes name our own styles; a colour lands in a style attribute: neither may carry anything else
    private static final Pattern CSS = Pattern.compile("[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*");
    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** How a column is sorted now; {@link #UNSORTABLE} has no button. Names as {@code aria-sort} spells them. */
    public enum Sort { NONE, ASCENDING, DESCENDING, UNSORTABLE }

    /**
     * A column's header: its text (shown as text); {@code dot} a {@code #rrggbb} colour for a dot before it, or null;
     * {@code note} a quieter text after it, or null.
     */
    public record Head(String text, Sort sort, String dot, String note) {
        public Head {
            if (text == null || sort == null) {
                throw new IllegalArgumentException("A table header needs a text and a sort (UNSORTABLE for none).");
            }
            requireColor(dot);
        }

        public Head(String text, Sort sort) {
            this(text, sort, null, null);
        }
    }

    private static void requireColor(String dot) {
        if (dot != null && !COLOR.matcher(dot).matches()) {
            throw new IllegalArgumentException("A table's dot must be a colour like #1f77b4, was \"" + dot + "\".");
        }
    }

    /**
     * A cell: {@code text} as typed (shown as text); {@code css} classes of the theme or null; {@code title} a hover
     * text or null; {@code dot} a {@code #rrggbb} colour for a dot before the text, or null; {@code header} for the
     * row's header cell (its first).
     */
    public record Cell(String text, String css, String title, String dot, boolean header) {
        public Cell {
            if (text == null) {
                throw new IllegalArgumentException("A table cell needs a text (\"\" for none).");
            }
            if (css != null && !CSS.matcher(css).matches()) {
                throw new IllegalArgumentException("A table cell's classes must be lower-case names, was \"" + css + "\".");
            }
            requireColor(dot);
        }

        public static Cell of(String text) {
            return new Cell(text, null, null, null, false);
        }

        public static Cell marked(String text, String css, String title) {
            return new Cell(text, css, title, null, false);
        }

        /** A row's header: its name after a dot of its colour. */
        public static Cell rowHeader(String text, String dot) {
            return new Cell(text, null, null, dot, true);
        }
    }

    /** A row; {@code key} names it for the page (tests, a row's data-key). */
    public record Row(String key, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final List<IntConsumer> sortListeners = new ArrayList<>();
    private List<Head> head = List.of();
    private List<Row> rows = List.of();

    public TextTable() {
        getElement().addEventListener("sort-requested", e -> pressHeader((int) e.getEventData().getNumber("event.detail.column")))
                .addEventData("event.detail.column");
    }

    /** Shows these headers and rows, replacing what was shown. */
    public void show(List<Head> newHead, List<Row> newRows) {
        head = List.copyOf(newHead);
        rows = List.copyOf(newRows);
        ObjectNode table = JSON.createObjectNode();
        ArrayNode heads = table.putArray("head");
        for (Head h : head) {
            ObjectNode node = heads.addObject().put("text", h.text()).put("sort", h.sort().name().toLowerCase(Locale.ROOT));
            if (h.dot() != null) {
                node.put("dot", h.dot());
            }
            if (h.note() != null) {
                node.put("note", h.note());
            }
        }
        ArrayNode body = table.putArray("rows");
        for (Row row : rows) {
            ObjectNode r = body.addObject().put("key", row.key());
            ArrayNode cells = r.putArray("cells");
            for (Cell c : row.cells()) {
                ObjectNode cell = cells.addObject().put("text", c.text());
                if (c.css() != null) {
                    cell.put("css", c.css());
                }
                if (c.title() != null) {
                    cell.put("title", c.title());
                }
                if (c.dot() != null) {
                    cell.put("dot", c.dot());
                }
                if (c.header()) {
                    cell.put("header", true);
                }
            }
        }
        getElement().setProperty("json", table.toString());
    }

    /** Called with the column (from 0) whose header was pressed. */
    public void addSortListener(IntConsumer listener) {
        sortListeners.add(listener);
    }

    /** Presses a column's header, as the browser reports a press; only a sortable column answers. */
    public void pressHeader(int column) {
        if (column >= 0 && column < head.size() && head.get(column).sort() != Sort.UNSORTABLE) {
            sortListeners.forEach(l -> l.accept(column));
        }
    }

    public List<Head> getHead() {
        return head;
    }

    public List<Row> getRows() {
        return rows;
    }
}
