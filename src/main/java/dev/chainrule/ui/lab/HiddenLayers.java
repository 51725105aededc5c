package dev.chainrule.ui.lab;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.LayerSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hidden layers being built, in order, and their history: every change that goes through
 * here (or is {@linkplain #record() recorded} after a card edited a layer in place) can be undone
 * and redone. The builder draws them; this class knows no components, so its rules are plain to test.
 */
final class HiddenLayers {
    static final int MAX = 8;
    /** Edits kept for undo: a lesson's worth; the oldest are forgotten first. */
    static final int UNDO_LIMIT = 100;

    private final List<LayerDraft> layers = new ArrayList<>();
    private final UndoHistory<List<LayerDraft.Values>> history;

    /** Two dense layers of 8 tanh units: they learn the built-in datasets, the spirals too. */
    HiddenLayers() {
        layers.add(LayerDraft.dense(8, Activation.TANH));
        layers.add(LayerDraft.dense(8, Activation.TANH));
        history = new UndoHistory<>(state(), UNDO_LIMIT);
    }

    /** The drafts the cards edit, in order. */
    List<LayerDraft> drafts() {
        return Collections.unmodifiableList(layers);
    }

    /**
     * Puts a layer at a position (0 = first), or moves it there when it is already in the stack;
     * a position counts the layers as they stand before the move.
     *
     * @return false when the stack is full and the layer is new
     */
    boolean insert(LayerDraft layer, int position) {
        if (layers.size() >= MAX && !layers.contains(layer)) {
            return false;
        }
        int from = layers.indexOf(layer);
        if (from >= 0) {
            layers.remove(from);
            position = from < position ? position - 1 : position;
        }
        layers.add(Math.max(0, Math.min(position, layers.size())), layer);
        record();
        return true;
    }

    void move(LayerDraft layer, int delta) {
        int from = layers.indexOf(layer);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < layers.size()) {
            layers.remove(from);
            layers.add(to, layer);
            record();
        }
    }

    /** @return the layer's place (1 = first) before it went, or 0 when it was not in the stack */
    int remove(LayerDraft layer) {
        int position = layers.indexOf(layer) + 1;
        if (position > 0) {
            layers.remove(position - 1);
            record();
        }
        return position;
    }

    /** A card changed a layer's values in place: remember the new state. @return whether anything changed */
    boolean record() {
        return history.record(state());
    }

    /** New layers, e.g. a saved experiment's: a new start with nothing to undo. */
    void replace(List<LayerSpec> specs) {
        layers.clear();
        specs.forEach(s -> layers.add(LayerDraft.of(s)));
        history.reset(state());
    }

    /** @return whether there was an edit to undo (the layers are then new drafts) */
    boolean undo() {
        return history.undo().map(this::restore).isPresent();
    }

    boolean redo() {
        return history.redo().map(this::restore).isPresent();
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    /** @throws IllegalArgumentException "Layer 2: …" for the first layer with a missing or bad value */
    List<LayerSpec> specs() {
        List<LayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            try {
                specs.add(layers.get(i).toSpec());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Layer " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return specs;
    }

    private List<LayerDraft.Values> restore(List<LayerDraft.Values> values) {
        layers.clear();
        values.forEach(v -> layers.add(LayerDraft.of(v)));
        return values;
    }

    private List<LayerDraft.Values> state() {
        return layers.stream().map(LayerDraft::values).toList();
    }
}
