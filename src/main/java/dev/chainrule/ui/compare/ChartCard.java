package dev.chainrule.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One chart of the comparison under its heading, with what it shows (a select) and a PNG download. */
final class ChartCard extends VerticalLayout {
    private final CompareChart chart = new CompareChart();

    ChartCard(String heading, String className, String pngName, Component... choosers) {
        addClassName(className);
        setPadding(false);
        setSpacing(false);
        Button png = new Button("PNG", VaadinIcon.DOWNLOAD_ALT.create(), e -> chart.downloadPng(pngName));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        png.setTooltipText("Save this chart as a picture");
        png.addClassName("chart-png");
        HorizontalLayout top = new HorizontalLayout(new H4(heading));
        top.add(choosers);
        top.add(png);
        top.setAlignItems(Alignment.BASELINE);
        top.setWidthFull();
        top.expand(top.getComponentAt(0));
        chart.setHeight("300px");
        add(top, chart);
    }

    CompareChart chart() {
        return chart;
    }
}
