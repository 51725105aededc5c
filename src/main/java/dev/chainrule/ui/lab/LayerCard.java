package dev.chainrule.ui.lab;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.ui.component.NumberInput;
import java.util.Arrays;
import java.util.List;

/**
 * One hidden layer in the network stack, edited in place. It can be dragged to another place
 * (or out, to remove it); the buttons do the same for keyboard users. Its upper and lower halves
 * are drop places: a layer dropped on the upper half goes before it, on the lower half after it.
 */
final class LayerCard extends Div {
    /** What the stack does when a card asks to move or go, or something is dropped on it. */
    interface Actions extends DropPlace.Landing {
        void move(LayerDraft layer, int delta);

        void remove(LayerDraft layer);

        /** The card was dragged and let go where nothing takes it: outside the stack. */
        void draggedOut(LayerDraft layer);

        void changed();
    }

    /** Softmax is the output's, chosen by the task: never offered for a hidden layer. */
    static final List<Activation> HIDDEN_ACTIVATIONS =
            Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList();

    final LayerDraft layer;

    LayerCard(LayerDraft layer, int position, Actions actions) {
        this.layer = layer;
        addClassNames("layer-card", layer.kind == LayerDraft.Kind.DENSE ? "dense" : "dropout");
        DragSource<LayerCard> drag = DragSource.create(this);
        drag.setDragData(layer);
        // dropEffect "none": no drop place took it (dropped beside the stack, or the drag was cancelled)
        drag.addDragEndListener(e -> {
            if (!e.isSuccessful()) {
                actions.draggedOut(layer);
            }
        });

        Span handle = new Span(VaadinIcon.ELLIPSIS_DOTS_V.create());
        handle.addClassName("drag-handle");
        Span title = new Span("Layer " + position + " · " + layer.title());
        title.addClassName("layer-title");
        Button up = iconButton(VaadinIcon.ARROW_UP, "Move layer " + position + " up", () -> actions.move(layer, -1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move layer " + position + " down", () -> actions.move(layer, 1));
        Button remove = iconButton(VaadinIcon.CLOSE_SMALL, "Remove layer " + position, () -> actions.remove(layer));
        HorizontalLayout header = new HorizontalLayout(handle, title, up, down, remove);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setSpacing(false);
        header.expand(title);
        header.setWidthFull();
        add(header, layer.kind == LayerDraft.Kind.DENSE ? denseFields(actions) : dropoutFields(actions),
                half("before", position - 1, actions), half("after", position, actions));
    }

    /**
     * An invisible half of the card that takes drops. Flow's drop event carries no coordinates, so
     * each half is its own drop target; they lie over the card's fields and catch the pointer only
     * while something is dragged (styles.css), so the fields stay usable.
     */
    private static Div half(String side, int position, Actions actions) {
        Div half = new Div();
        half.addClassNames("drop-half", side);
        return DropPlace.at(half, position, actions);
    }

    private HorizontalLayout denseFields(Actions actions) {
        NumberInput units = NumberInput.whole("Units", "Units", 1, DenseSpec.MAX_UNITS, 8);
        units.setNumber(layer.units);
        units.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        units.setWidth("7.5em");
        units.addValueChangeListener(e -> {
            layer.units = units.getWholeNumber();
            layer.unreadable = layer.units == null ? units.problem() : null;
            actions.changed();
        });
        Select<Activation> activation = new Select<>();
        activation.setLabel("Activation");
        // an imported design's softmax is shown as it is, with why it cannot train so, until another is chosen
        activation.setItems(layer.activation == Activation.SOFTMAX ? List.of(Activation.values()) : HIDDEN_ACTIVATIONS);
        activation.setItemLabelGenerator(Activation::id);
        activation.setValue(layer.activation);
        activation.setManualValidation(true);
        activation.setErrorMessage(LayerDraft.SOFTMAX_HIDDEN);
        activation.setInvalid(layer.activation == Activation.SOFTMAX);
        activation.addThemeVariants(SelectVariant.LUMO_SMALL);
        activation.setWidth("9em");
        activation.addValueChangeListener(e -> {
            layer.activation = e.getValue();
            activation.setInvalid(layer.activation == Activation.SOFTMAX);
            actions.changed();
        });
        return new HorizontalLayout(units, activation);
    }

    private HorizontalLayout dropoutFields(Actions actions) {
        // the engine's range: 0 up to (not including) 1
        NumberInput rate = NumberInput.decimal("Rate", "The rate", NumberInput.Range.atLeastBelow(0, 1), 0.2);
        rate.setNumber(layer.rate);
        rate.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        rate.setWidth("7.5em");
        rate.setHelperText("share of units dropped while training");
        rate.addValueChangeListener(e -> {
            layer.rate = rate.getNumber();
            layer.unreadable = layer.rate == null ? rate.problem() : null;
            actions.changed();
        });
        return new HorizontalLayout(rate);
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
