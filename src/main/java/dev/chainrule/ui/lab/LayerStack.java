package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.engine.spec.DenseSpec;
import java.util.List;

/**
 * The network as a column of cards: input, the hidden layers, output. Every part of it takes a
 * dropped layer at the place it shows: the input card first, a gap between two cards there, a
 * card's upper or lower half before or after it, the output card last.
 */
final class LayerStack extends VerticalLayout {
    LayerStack() {
        addClassName("layer-stack");
        setPadding(false);
        setSpacing(false);
    }

    /** Draws the stack anew (each drop place stands for a position, so they are made again after every edit). */
    void show(String inputLabel, List<LayerDraft> layers, DenseSpec output, String outputLabel, LayerCard.Actions actions) {
        removeAll();
        add(DropPlace.at(endCard("Input", inputLabel, "layer-input"), 0, actions));
        add(gap(0, actions));
        for (int i = 0; i < layers.size(); i++) {
            add(new LayerCard(layers.get(i), i + 1, actions), gap(i + 1, actions));
        }
        String units = output.units() + (output.units() == 1 ? " unit, " : " units, ");
        Div outputCard = endCard("Output", units + output.activation().id() + " (" + outputLabel + ")", "layer-output");
        add(DropPlace.at(outputCard, layers.size(), actions));
    }

    private static Div gap(int position, DropPlace.Landing landing) {
        Div zone = new Div();
        zone.addClassName("drop-zone");
        return DropPlace.at(zone, position, landing);
    }

    private static Div endCard(String title, String detail, String className) {
        Div card = new Div(new Span(title), new Span(detail));
        card.addClassNames("layer-card", "layer-end", className);
        return card;
    }
}
