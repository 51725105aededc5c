package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.data.ColumnProfile;
import dev.chainrule.data.RawColumn;
import dev.chainrule.data.RawTable;
import dev.chainrule.ui.component.ScatterPlot;
import java.util.List;

/** Two numeric columns against each other, coloured by the target: the first look at a dataset. */
class ScatterPanel extends VerticalLayout {
    /** Enough to see the shape of the data; more only slows the browser. */
    static final int MAX_POINTS = 2_000;

    private final Select<String> xColumn = new Select<>();
    private final Select<String> yColumn = new Select<>();
    private final Select<String> colorColumn = new Select<>();
    private final ScatterPlot plot = new ScatterPlot();
    private final Span caption = new Span();
    private RawTable table;
    private boolean updating;

    ScatterPanel() {
        xColumn.setLabel("Horizontal axis");
        yColumn.setLabel("Vertical axis");
        colorColumn.setLabel("Colour by");
        colorColumn.setHelperText("the target, by default");
        for (Select<String> s : List.of(xColumn, yColumn, colorColumn)) {
            s.addValueChangeListener(e -> redraw());
        }
        caption.addClassNames("hint", "scatter-caption");
        HorizontalLayout choices = new HorizontalLayout(xColumn, yColumn, colorColumn);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        setPadding(false);
        add(choices, plot, caption);
    }

    /**
     * Shows a table: the first two numeric columns, coloured by {@code target}. Columns holding
     * one value only (the blank border pixels of the digits) are passed over when others exist.
     */
    void show(RawTable table, String target, List<ColumnProfile> profiles) {
        this.table = table;
        List<String> numeric = table.columns().stream().filter(RawColumn::isNumeric).map(RawColumn::name).toList();
        List<String> varying = profiles.stream().filter(p -> p.numeric() && p.distinct() > 1).map(ColumnProfile::name).toList();
        List<String> axes = varying.size() >= 2 ? varying : numeric;
        updating = true;
        xColumn.setItems(numeric);
        yColumn.setItems(numeric);
        colorColumn.setItems(table.columnNames());
        xColumn.setValue(axes.isEmpty() ? null : axes.get(0));
        yColumn.setValue(axes.size() < 2 ? null : axes.get(1));
        colorColumn.setValue(target);
        updating = false;
        redraw();
    }

    private void redraw() {
        if (updating || table == null) {
            return;
        }
        if (xColumn.isEmpty() || yColumn.isEmpty() || colorColumn.isEmpty()) {
            plot.setVisible(false);
            caption.setText("A scatter plot needs two numeric columns; this dataset has "
                    + xColumn.getListDataView().getItemCount() + ".");
            return;
        }
        ScatterSample sample = ScatterSample.of(table, xColumn.getValue(), yColumn.getValue(), colorColumn.getValue(), MAX_POINTS);
        if (sample.continuous()) {
            plot.setPoints(sample.x(), sample.y(), sample.value(), xColumn.getValue(), yColumn.getValue(), colorColumn.getValue());
        } else {
            plot.setPoints(sample.x(), sample.y(), sample.group(), xColumn.getValue(), yColumn.getValue(), colorColumn.getValue());
        }
        plot.setVisible(true);
        boolean sampled = sample.total() > MAX_POINTS;
        int skipped = (sampled ? MAX_POINTS : sample.total()) - sample.shown();
        caption.setText((sampled
                ? String.format("%,d of %,d rows, evenly spaced through the file.", sample.shown() + skipped, sample.total())
                : String.format("All %,d rows.", sample.total()))
                + (skipped == 0 ? "" : String.format(" %,d without both values %s left out.", skipped, skipped == 1 ? "is" : "are")));
    }
}
