package dev.chainrule.ui.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The comparison's one legend, for all its charts: a run (or group) per entry in its colour, ticked
 * while it is shown. Unticking hides it in every chart at once. Labels are what people typed: the
 * browser sets them as text ({@code <chainrule-legend>}: native check boxes built from one JSON value, so
 * fifty runs are one message and no fifty components to start).
 */
@Tag("chainrule-legend")
@JavaScript("context://js/chainrule-json-element.js")
@JavaScript("context://js/chainrule-legend.js")
final class RunLegend extends Component {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BiConsumer<String, Boolean> onToggle;
    private final Map<String, Boolean> shown = new LinkedHashMap<>();

    RunLegend(BiConsumer<String, Boolean> onToggle) {
        this.onToggle = onToggle;
        getElement().getClassList().add("compare-legend");
        getElement().addEventListener("legend-toggled", e -> toggle(e.getEventData().getString("event.detail.key"),
                e.getEventData().getBoolean("event.detail.shown")))
                .addEventData("event.detail.key").addEventData("event.detail.shown");
    }

    /** Shows these entries; those in {@code hidden} unticked. */
    void show(List<CompareChart.ChartRun> entries, Set<String> hidden) {
        shown.clear();
        ArrayNode list = JSON.createArrayNode();
        for (CompareChart.ChartRun entry : entries) { // key and colour checked by ChartRun: ours, never typed text
            shown.put(entry.key(), !hidden.contains(entry.key()));
            list.addObject().put("key", entry.key()).put("label", entry.label()).put("color", entry.color())
                    .put("shown", !hidden.contains(entry.key()));
        }
        getElement().setProperty("json", list.toString());
    }

    /** A tick set or cleared, as the browser reports it (and tests do); an entry not shown is ignored. */
    void toggle(String key, boolean nowShown) {
        if (shown.containsKey(key) && shown.get(key) != nowShown) {
            shown.put(key, nowShown);
            onToggle.accept(key, nowShown);
        }
    }

    /** Whether the entry is ticked, for tests; null when there is none. */
    Boolean isShown(String key) {
        return shown.get(key);
    }
}
