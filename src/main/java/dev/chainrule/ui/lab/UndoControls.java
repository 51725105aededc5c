package dev.chainrule.ui.lab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.Locale;

/**
 * Undo and redo of network edits: two buttons, and Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on a Mac)
 * anywhere on the page while the builder is on it. Not while typing in a field: there the browser's
 * own undo of the text is what the person means.
 */
final class UndoControls extends HorizontalLayout {
    /**
     * Which key presses reach the server, decided in the browser. Vaadin's {@code Shortcuts} take any
     * Ctrl+Z, so the keys are heard on the page itself and a press whose target is an input, a text
     * area or editable text is left to the browser ({@code composedPath}: the input inside a field's shadow).
     * Nor while the builder is hidden (another tab open): an edit undone there would go unseen.
     */
    static final String KEYS = "(event.ctrlKey || event.metaKey) && !event.altKey && /^[zy]$/i.test(event.key)"
            + " && !((t) => t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))"
            + "(event.composedPath()[0])"
            + " && !!document.querySelector('.network-builder') && document.querySelector('.network-builder').offsetParent !== null";

    final Button undo;
    final Button redo;
    private DomListenerRegistration keys;

    UndoControls(Runnable onUndo, Runnable onRedo) {
        undo = button(VaadinIcon.ROTATE_LEFT, "Undo the last network edit (Ctrl+Z)", onUndo);
        redo = button(VaadinIcon.ROTATE_RIGHT, "Redo the network edit undone (Ctrl+Shift+Z or Ctrl+Y)", onRedo);
        undo.setAriaLabel("Undo network edit");
        redo.setAriaLabel("Redo network edit");
        add(undo, redo);
        addClassName("undo-controls");
        setSpacing(false);
        show(false, false);
        addAttachListener(e -> listen(e.getUI(), onUndo, onRedo));
        addDetachListener(e -> {
            keys.remove();
            keys = null;
        });
    }

    /** Each button works only when there is something to undo or redo. */
    void show(boolean canUndo, boolean canRedo) {
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
    }

    private void listen(UI ui, Runnable onUndo, Runnable onRedo) {
        if (keys != null) {
            keys.remove(); // attached again without a detach in between: one listener, not two
        }
        keys = ui.getElement().addEventListener("keydown", e -> {
            boolean again = e.getEventData().getBoolean("event.shiftKey")
                    || "y".equals(e.getEventData().getString("event.key").toLowerCase(Locale.ROOT));
            (again ? onRedo : onUndo).run();
        });
        keys.setFilter(KEYS).addEventData("event.key").addEventData("event.shiftKey");
    }

    private static Button button(VaadinIcon icon, String tooltip, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(tooltip);
        return button;
    }
}
