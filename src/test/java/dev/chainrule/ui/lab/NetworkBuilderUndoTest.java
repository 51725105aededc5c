package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.ui.component.NumberInput;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo of network edits: the exact layers come back, by button and by key. */
class NetworkBuilderUndoTest extends BuilderTesting {
    @Test
    void undoAndRedoWalkBackAndForthThroughEveryKindOfEdit() {
        List<List<LayerSpec>> seen = new ArrayList<>();
        seen.add(layers());
        _click(_get(Button.class, spec -> spec.withText("Add Dropout")));            // add
        seen.add(layers());
        _setValue(_find(card(3), NumberInput.class).get(0), "0.35");                 // dropout rate
        seen.add(layers());
        _setValue(_find(card(1), NumberInput.class).get(0), "16");                   // units
        seen.add(layers());
        choose(activation(2), Activation.RELU);                                      // activation
        seen.add(layers());
        drag(card(3), half(1, "before"));                                            // move by drag
        seen.add(layers());
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove layer 2"))); // remove
        seen.add(layers());
        assertThat(layers()).containsExactly(new DropoutSpec(0.35), new DenseSpec(8, Activation.RELU));

        for (int i = seen.size() - 2; i >= 0; i--) {
            builder.undo();
            assertThat(layers()).as("after undoing back to state %d", i).isEqualTo(seen.get(i));
        }
        assertThat(builder.canUndo()).isFalse();
        assertThat(summary()).isEqualTo("105 parameters to learn");
        for (int i = 1; i < seen.size(); i++) {
            builder.redo();
            assertThat(layers()).as("after redoing to state %d", i).isEqualTo(seen.get(i));
        }
        assertThat(builder.canRedo()).isFalse();
    }

    @Test
    void aNewEditAfterAnUndoLeavesNothingToRedo() {
        _click(_get(Button.class, spec -> spec.withText("Add Dense")));
        builder.undo();
        assertThat(builder.canRedo()).isTrue();

        _setValue(_find(card(2), NumberInput.class).get(0), "3");

        assertThat(builder.canRedo()).isFalse();
        builder.redo();
        assertThat(layers()).containsExactly(dense(8), dense(3));
    }

    @Test
    void theButtonsWorkOnlyWhenThereIsSomethingToUndoOrRedo() {
        Button undo = _get(Button.class, spec -> spec.withAttribute("aria-label", "Undo network edit"));
        Button redo = _get(Button.class, spec -> spec.withAttribute("aria-label", "Redo network edit"));
        assertThat(undo.isEnabled()).isFalse();
        assertThat(redo.isEnabled()).isFalse();

        _setValue(_find(card(1), NumberInput.class).get(0), "5");
        assertThat(undo.isEnabled()).isTrue();
        _click(undo);
        assertThat(layers()).containsExactly(dense(8), dense(8));
        assertThat(undo.isEnabled()).isFalse();
        assertThat(redo.isEnabled()).isTrue();
        _click(redo);
        assertThat(layers()).containsExactly(dense(5), dense(8));
        assertThat(undo.getTooltip().getText()).contains("Ctrl+Z");
    }

    @Test
    void ctrlZUndoesAndCtrlShiftZOrCtrlYRedoes() {
        _click(_get(Button.class, spec -> spec.withText("Add Dense")));
        _click(_get(Button.class, spec -> spec.withText("Add Dropout")));

        press("z", false);
        press("Z", false); // caps lock on
        assertThat(layers()).containsExactly(dense(8), dense(8));
        press("Z", true);
        assertThat(layers()).containsExactly(dense(8), dense(8), dense(8));
        press("y", false);
        assertThat(layers()).containsExactly(dense(8), dense(8), dense(8), new DropoutSpec(0.2));
    }

    @Test
    void ctrlZInATextFieldIsLeftToTheBrowser() {
        _click(_get(Button.class, spec -> spec.withText("Add Dense")));

        keydown("z", false, false); // the filter found an input as the target

        assertThat(layers()).containsExactly(dense(8), dense(8), dense(8));
    }

    @Test
    void openingADesignIsANewStartWithNothingToUndo() {
        _click(_get(Button.class, spec -> spec.withText("Add Dense")));
        builder.setHiddenLayers(List.of(new DenseSpec(3, Activation.RELU)));

        assertThat(builder.canUndo()).isFalse();
        builder.undo();
        assertThat(layers()).containsExactly(new DenseSpec(3, Activation.RELU));
    }

    /** A key pressed with Ctrl on the page, outside any text field: the browser's filter lets it through. */
    private static void press(String key, boolean shift) {
        keydown(key, shift, true);
    }

    /** A keydown as the browser reports it; {@code passed} is what the listener's filter said in the browser. */
    private static void keydown(String key, boolean shift, boolean passed) {
        JsonObject data = Json.createObject();
        data.put(UndoControls.KEYS, passed);
        data.put("event.key", key);
        data.put("event.shiftKey", shift);
        ElementUtilsKt._fireDomEvent(UI.getCurrent().getElement(), new DomEvent(UI.getCurrent().getElement(), "keydown", data));
    }


    private static DenseSpec dense(int units) {
        return new DenseSpec(units, Activation.TANH);
    }
}
