package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The network builder: a palette of layer cards, dragged into a stack between the input
 * (set by the dataset) and the output layer (set by the task). A layer dropped on a card goes
 * before or after it, by the half it lands on; on the output card, last; dragged out, it is
 * removed. Every drag action also has a button, every edit can be undone, and the parameter
 * count and any problem show live.
 */
public class NetworkBuilder extends VerticalLayout implements LayerCard.Actions {
    private final HiddenLayers hidden = new HiddenLayers();
    private final LayerStack stack = new LayerStack();
    private final ParameterSummary summary = new ParameterSummary();
    /** What the last edit did when it is not plain to see, e.g. a card dragged out and removed. */
    private final Span note = new Span();
    private final UndoControls undoControls = new UndoControls(this::undo, this::redo);
    private final List<Consumer<Optional<NetworkSpec>>> listeners = new ArrayList<>();
    private NetworkEnds ends = NetworkEnds.FIRST;

    public NetworkBuilder() {
        addClassName("network-builder");
        setPadding(false);
        note.addClassName("network-note");
        LayerPalette palette = new LayerPalette(layer -> land(layer, hidden.drafts().size()), this::remove);
        HorizontalLayout tools = new HorizontalLayout(palette, undoControls);
        tools.setAlignItems(Alignment.CENTER);
        tools.setWidthFull();
        tools.expand(palette);
        add(tools, stack, summary, note);
        render();
    }

    /** The dataset decides the input width; the task decides the output layer (softmax only for several classes). */
    public void setData(int inputs, String inputLabel, Task task, int classes) {
        this.ends = NetworkEnds.of(inputs, inputLabel, task, classes);
        render();
    }

    /**
     * Replaces the hidden layers, e.g. with those of an experiment to run again: a new start, so
     * there is nothing to undo. Values the Lab would not offer (softmax in a hidden layer) are
     * shown as they are, with a message, never silently changed.
     */
    public void setHiddenLayers(List<LayerSpec> layers) {
        hidden.replace(layers);
        note.setText("");
        render();
    }

    /** The hidden layers as drawn, or empty when a layer has a bad value (the summary says which); the budget is not checked. */
    public Optional<List<LayerSpec>> hiddenLayers() {
        try {
            return Optional.of(hidden.specs());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The server's parameter budget: a bigger network is refused here already, with the summary saying why. */
    public void setMaxParameters(long maxParameters) {
        summary.setMaxParameters(maxParameters);
        updateSummary();
    }

    /**
     * An assignment's parameter budget, shown beside the count (null: none). A network over it is still a network:
     * the summary says so in red, and the server refuses to train it with the same words.
     */
    public void setBudget(Long budget) {
        summary.setBudget(budget);
        updateSummary();
    }

    public void addChangeListener(Consumer<Optional<NetworkSpec>> listener) {
        listeners.add(listener);
    }

    /** The network as drawn, or empty when a layer has a bad value (the summary says which). */
    public Optional<NetworkSpec> spec() {
        try {
            return Optional.of(build());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Puts the hidden layers back as they were before the last edit: every layer, unit count, activation and rate. */
    public void undo() {
        if (hidden.undo()) {
            edited("");
        }
    }

    /** Does again the edit the last undo took back. */
    public void redo() {
        if (hidden.redo()) {
            edited("");
        }
    }

    public boolean canUndo() {
        return hidden.canUndo();
    }

    public boolean canRedo() {
        return hidden.canRedo();
    }

    private NetworkSpec build() {
        List<LayerSpec> layers = new ArrayList<>(hidden.specs());
        layers.add(ends.output());
        return summary.withinLimit(new NetworkSpec(ends.inputs(), layers));
    }

    @Override
    public void land(Object dragged, int position) {
        LayerDraft layer = dragged instanceof LayerDraft.Kind kind ? LayerPalette.newLayer(kind)
                : dragged instanceof LayerDraft moved ? moved : null;
        if (layer == null) {
            return; // not a layer: something else dragged from elsewhere on the page
        }
        if (hidden.insert(layer, position)) {
            edited("");
        } else {
            note.setText("At most " + HiddenLayers.MAX + " hidden layers: remove one first.");
        }
    }

    @Override
    public void move(LayerDraft layer, int delta) {
        hidden.move(layer, delta);
        edited("");
    }

    @Override
    public void remove(LayerDraft layer) {
        hidden.remove(layer);
        edited("");
    }

    @Override
    public void draggedOut(LayerDraft layer) {
        int position = hidden.remove(layer);
        if (position > 0) {
            edited("Layer " + position + " (" + layer.title() + ") was dragged out of the network and removed."
                    + " Undo (Ctrl+Z) brings it back.");
        }
    }

    @Override
    public void changed() {
        if (hidden.record()) {
            note.setText("");
        }
        showUndo();
        updateSummary();
    }

    /** After a change to the stack: drawn again, with what to tell about it. */
    private void edited(String message) {
        note.setText(message);
        render();
    }

    private void showUndo() {
        undoControls.show(hidden.canUndo(), hidden.canRedo());
    }

    private void render() {
        stack.show(ends.inputLabel(), hidden.drafts(), ends.output(), ends.outputLabel(), this);
        showUndo();
        updateSummary();
    }

    private void updateSummary() {
        Optional<NetworkSpec> spec = summary.show(this::build);
        listeners.forEach(l -> l.accept(spec));
    }
}
