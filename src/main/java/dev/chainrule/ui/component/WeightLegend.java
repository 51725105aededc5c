package dev.chainrule.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * What the network diagram's colours and widths mean, under it: orange a positive weight, blue a
 * negative one, a thicker line a larger |w| against the largest of its layer (the diagram writes
 * that largest under each layer's connections); and, when neurons show pictures, their colour scale,
 * the decision boundary's.
 */
public class WeightLegend extends Div {
    private final Span pictures;

    public WeightLegend() {
        addClassName("weight-legend");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "4px 14px").set("align-items", "center")
                .set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        add(entry(line("#f08c00", 3), "w > 0"), entry(line("#1c7ed6", 3), "w < 0"),
                entry(widths(), "thicker: larger |w|, against its layer's max"));
        pictures = entry(gradient(), "neuron output: negative, 0, positive (hover one for its scale)");
        add(pictures);
    }

    /** Whether the neurons' colour scale is shown (only while they show pictures). */
    public void showPictureScale(boolean shown) {
        pictures.setVisible(shown);
    }

    private static Span entry(Span swatch, String text) {
        Span entry = new Span(swatch, new Span(text));
        entry.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "6px");
        return entry;
    }

    private static Span line(String colour, int width) {
        Span line = new Span();
        line.getStyle().set("display", "inline-block").set("width", "22px").set("height", width + "px")
                .set("background", colour).set("border-radius", "1px");
        return line;
    }

    private static Span widths() {
        Span widths = new Span(line("#868e96", 1), line("#868e96", 2), line("#868e96", 4));
        widths.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "2px");
        return widths;
    }

    // the colour scale of ChainruleEChartsElement.rampColor
    private static Span gradient() {
        Span ramp = new Span();
        ramp.getStyle().set("display", "inline-block").set("width", "48px").set("height", "10px")
                .set("border", "1px solid #adb5bd").set("background", "linear-gradient(to right, #a5d8ff, #f8f9fa, #ffd8a8)");
        return ramp;
    }
}
