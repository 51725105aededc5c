package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;

/**
 * A place in the layer stack where a dragged layer lands: a half of a card (before or after it),
 * the gap between two cards, the input card (first) or the output card (last). Each knows the
 * position it stands for when it is made, so a drop inserts exactly where the insertion line showed.
 */
final class DropPlace {
    /** What the stack does with something dropped at a position (0 = before the first hidden layer). */
    interface Landing {
        /** @param dragged a {@link LayerDraft.Kind} from the palette, or a {@link LayerDraft} moved within the stack */
        void land(Object dragged, int position);
    }

    private DropPlace() {
    }

    static <C extends Component> C at(C component, int position, Landing landing) {
        DropTarget<C> target = DropTarget.create(component);
        // "move", so the dragged card's dragend says the drop was taken and the card is not removed
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(dragged -> landing.land(dragged, position)));
        return component;
    }
}
