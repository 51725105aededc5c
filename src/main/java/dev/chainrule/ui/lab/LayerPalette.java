package dev.chainrule.ui.lab;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/**
 * The layers to choose from: a card of each kind to drag into the stack, a button for each (for
 * keyboard users), and a bin: a layer dropped back here leaves the network.
 */
final class LayerPalette extends HorizontalLayout {
    LayerPalette(Consumer<LayerDraft> add, Consumer<LayerDraft> removed) {
        Div dense = card("Dense", "units + activation", LayerDraft.Kind.DENSE);
        Div dropout = card("Dropout", "drops units while training", LayerDraft.Kind.DROPOUT);
        Button addDense = new Button("Add Dense", VaadinIcon.PLUS.create(), e -> add.accept(LayerDraft.dense()));
        Button addDropout = new Button("Add Dropout", VaadinIcon.PLUS.create(), e -> add.accept(LayerDraft.dropout()));
        addDense.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addDropout.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(dense, dropout, addDense, addDropout);
        addClassName("layer-palette");
        setAlignItems(Alignment.CENTER);
        setWrap(true);
        DropTarget<LayerPalette> bin = DropTarget.create(this);
        bin.setDropEffect(DropEffect.MOVE);
        bin.addDropListener(e -> e.getDragData().filter(LayerDraft.class::isInstance)
                .ifPresent(d -> removed.accept((LayerDraft) d)));
    }

    /** A new layer of this kind, as a palette card's drag data asks for. */
    static LayerDraft newLayer(LayerDraft.Kind kind) {
        return kind == LayerDraft.Kind.DENSE ? LayerDraft.dense() : LayerDraft.dropout();
    }

    private static Div card(String title, String hint, LayerDraft.Kind kind) {
        Div card = new Div(new Span(VaadinIcon.ELLIPSIS_DOTS_V.create()), new Span(title));
        card.addClassNames("palette-card", kind == LayerDraft.Kind.DENSE ? "dense" : "dropout");
        card.setTitle("Drag into the network: " + hint);
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(kind);
        return card;
    }
}
