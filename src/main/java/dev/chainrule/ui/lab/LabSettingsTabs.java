package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.tabs.TabsVariant;
import java.util.Map;

/**
 * The network builder, with the computed inputs above it (as TensorFlow Playground's FEATURES column
 * stands before its network), and the training settings behind two tabs, so that at 1280×800 the builder,
 * the decision boundary and the loss chart fit on one screen instead of one long column.
 * <p>
 * A panel not chosen is hidden by a class, not {@code setVisible(false)}: every field stays on the
 * page with its value and its message, so Train's checks, "Edit and run again" and the view tests
 * reach each field whichever tab is open, and a message beside a field is there when its tab opens.
 */
class LabSettingsTabs extends VerticalLayout {
    private static final String HIDDEN = "lab-panel-hidden";
    private final Tab network = new Tab("Network");
    private final Tab training = new Tab("Training settings");
    private final Tabs tabs = new Tabs(network, training);
    private final Map<Tab, Component> panels;

    LabSettingsTabs(Component inputFeatures, Component builder, Component settings) {
        addClassName("lab-tabs");
        VerticalLayout networkPanel = new VerticalLayout(inputFeatures, builder);
        networkPanel.setPadding(false);
        networkPanel.setSpacing(false);
        setPadding(false);
        setSpacing(false);
        tabs.addThemeVariants(TabsVariant.LUMO_EQUAL_WIDTH_TABS, TabsVariant.LUMO_SMALL);
        tabs.setWidthFull();
        panels = Map.of(network, networkPanel, training, settings);
        panels.forEach((tab, panel) -> {
            String id = "lab-tab-" + (tab == network ? "network" : "training");
            tab.setId(id);
            panel.getElement().setAttribute("role", "tabpanel");
            panel.getElement().setAttribute("aria-labelledby", id);
            panel.getElement().getClassList().add("lab-panel");
        });
        tabs.addSelectedChangeListener(e -> showSelected());
        add(tabs, networkPanel, settings);
        showSelected();
    }

    /** Opens the training settings, e.g. when Train found a problem there: the messages are beside the fields. */
    void showSettings() {
        tabs.setSelectedTab(training);
    }

    private void showSelected() {
        panels.forEach((tab, panel) -> panel.getElement().getClassList().set(HIDDEN, tab != tabs.getSelectedTab()));
    }
}
