package dev.chainrule.ui.compare;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The comparison's one legend, for all its charts: a run (or group) per entry in its colour, ticked
 * while it is shown. Unticking hides it in every chart at once. Labels are what people typed: text only.
 */
final class RunLegend extends FlexLayout {
    private final BiConsumer<String, Boolean> onToggle;

    RunLegend(BiConsumer<String, Boolean> onToggle) {
        this.onToggle = onToggle;
        addClassName("compare-legend");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
    }

    /** Shows these entries; those in {@code hidden} unticked. */
    void show(List<CompareChart.ChartRun> entries, Set<String> hidden) {
        removeAll();
        for (CompareChart.ChartRun entry : entries) {
            Span swatch = new Span();
            swatch.addClassName("legend-swatch");
            swatch.getStyle().set("display", "inline-block").set("width", "14px").set("height", "4px")
                    .set("border-radius", "2px").set("margin-right", "6px").set("vertical-align", "middle")
                    .set("background", entry.color()); // a colour of ours (RunColors), never typed text
            Checkbox box = new Checkbox(!hidden.contains(entry.key()));
            box.setLabelComponent(new Span(swatch, new Span(entry.label())));
            box.addClassName("legend-entry");
            box.getElement().setAttribute("data-key", entry.key());
            box.addValueChangeListener(e -> onToggle.accept(entry.key(), e.getValue()));
            add(box);
        }
    }
}
