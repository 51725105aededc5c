package dev.chainrule.ui.compare;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.compare.XAxis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the curves are drawn: against epochs, seconds or examples seen; the loss on a log scale;
 * smoothing (a debiased moving average, the raw curve faint beneath); and grouping by a setting
 * that differs between the runs (each group's mean with its min–max band).
 */
final class CompareControls extends FlexLayout {
    /** What the person chose; {@code groupBy} is null for one curve per run. */
    record Choice(XAxis x, boolean logLoss, double smoothing, String groupBy) {
    }

    static final List<Double> SMOOTHING = List.of(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99);
    private static final String NO_GROUPS = "";

    private final Select<XAxis> x = new Select<>();
    private final Checkbox logLoss = new Checkbox("Log scale (loss)");
    private final Select<Double> smoothing = new Select<>();
    private final Select<String> groupBy = new Select<>();

    /** @param groupSettings the settings that differ between the runs, which one can group by */
    CompareControls(List<String> groupSettings, Consumer<Choice> onChange) {
        addClassName("compare-controls");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        x.setLabel("X axis");
        x.setItems(XAxis.values());
        x.setItemLabelGenerator(XAxis::label);
        x.setValue(XAxis.EPOCH);
        smoothing.setLabel("Smoothing");
        smoothing.setItems(SMOOTHING);
        smoothing.setItemLabelGenerator(w -> w == 0 ? "off" : String.valueOf(w));
        smoothing.setValue(0.0);
        smoothing.setTooltipText("A moving average that does not lean towards the first values; the raw curve stays faint beneath");
        List<String> groups = new ArrayList<>();
        groups.add(NO_GROUPS);
        groups.addAll(groupSettings);
        groupBy.setLabel("Group by");
        groupBy.setItems(groups);
        groupBy.setItemLabelGenerator(s -> s.equals(NO_GROUPS) ? "no grouping" : s);
        groupBy.setValue(NO_GROUPS);
        groupBy.setEnabled(!groupSettings.isEmpty());
        groupBy.setTooltipText(groupSettings.isEmpty() ? "The runs have the same settings: there is nothing to group by"
                : "Each group's mean curve with its min–max band, and mean ± sd in the outcome table");
        groupBy.setWidth("18em");
        add(x, logLoss, smoothing, groupBy);
        x.addValueChangeListener(e -> onChange.accept(choice()));
        logLoss.addValueChangeListener(e -> onChange.accept(choice()));
        smoothing.addValueChangeListener(e -> onChange.accept(choice()));
        groupBy.addValueChangeListener(e -> onChange.accept(choice()));
    }

    Choice choice() {
        String group = groupBy.getValue();
        return new Choice(x.getValue(), logLoss.getValue(), smoothing.getValue(),
                group == null || group.equals(NO_GROUPS) ? null : group);
    }
}
