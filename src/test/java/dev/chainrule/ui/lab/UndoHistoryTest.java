package dev.chainrule.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import org.junit.jupiter.api.Test;

/** The states kept for undo and redo: bounded, branching on a new edit, blind to non-edits. */
class UndoHistoryTest {
    @Test
    void keepsAtMostItsLimitForgettingTheOldestFirst() {
        UndoHistory<Integer> history = new UndoHistory<>(0, 3);
        for (int i = 1; i <= 5; i++) {
            history.record(i);
        }

        assertThat(history.undo()).contains(4);
        assertThat(history.undo()).contains(3);
        assertThat(history.undo()).contains(2);
        assertThat(history.undo()).isEmpty(); // 0 and 1 were forgotten
        assertThat(history.redo()).contains(3);
    }

    @Test
    void anEqualStateIsNoEditAndANewEditEndsTheRedos() {
        UndoHistory<String> history = new UndoHistory<>("a", 10);
        assertThat(history.record("a")).isFalse();
        assertThat(history.canUndo()).isFalse();

        history.record("b");
        history.undo();
        assertThat(history.canRedo()).isTrue();
        history.record("c");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).contains("a");
    }

    @Test
    void theBuildersLayersKeepAHundredEdits() {
        HiddenLayers layers = new HiddenLayers();
        LayerDraft first = layers.drafts().get(0);
        for (int i = 1; i <= HiddenLayers.UNDO_LIMIT + 5; i++) {
            first.units = i;
            layers.record();
        }
        int undone = 0;
        while (layers.undo()) {
            undone++;
        }

        assertThat(undone).isEqualTo(100);
        assertThat(layers.specs().get(0)).isEqualTo(new DenseSpec(5, Activation.TANH)); // edits 1 to 4 and the start forgotten
    }

    @Test
    void aHistoryKeepsAtLeastOneState() {
        assertThatThrownBy(() -> new UndoHistory<>("a", 0)).hasMessage("an undo history keeps at least one state, was 0");
    }
}
