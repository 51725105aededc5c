package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.training.TrainingService;
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
    private final Span summary = new Span();
    /** What the last edit did when it is not plain to see, e.g. a card dragged out and removed. */
    private final Span note = new Span();
    private final UndoControls undoControls = new UndoControls(this::undo, this::redo);
    private final List<Consumer<Optional<NetworkSpec>>> listeners = new ArrayList<>();
    private int inputs = 2;
    private String inputLabel = "2 features";
    private DenseSpec output = new DenseSpec(1, Activation.SIGMOID);
    private String outputLabel = "binary";
    private long maxParameters = Long.MAX_VALUE;
    /** An assignment's parameter budget, shown beside the count; null when there is none. */
    private Long budget;

    public NetworkBuilder() {
        addClassName("network-builder");
        setPadding(false);
        summary.addClassName("network-summary");
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
        this.inputs = inputs;
        this.inputLabel = inputLabel;
        this.output = switch (task) {
            case REGRESSION -> new DenseSpec(1, Activation.LINEAR);
            case BINARY -> new DenseSpec(1, Activation.SIGMOID);
            case MULTICLASS -> new DenseSpec(classes, Activation.SOFTMAX);
        };
        this.outputLabel = task.id();
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
        this.maxParameters = maxParameters;
        updateSummary();
    }

    /**
     * An assignment's parameter budget, shown beside the count (null: none). A network over it is still a network:
     * the summary says so in red, and the server refuses to train it with the same words.
     */
    public void setBudget(Long budget) {
        this.budget = budget;
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
        layers.add(output);
        NetworkSpec network = new NetworkSpec(inputs, layers);
        if (network.parameterCount() > maxParameters) {
            throw new IllegalArgumentException(TrainingService.overBudget(network.parameterCount(), maxParameters));
        }
        return network;
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
        stack.show(inputLabel, hidden.drafts(), output, outputLabel, this);
        showUndo();
        updateSummary();
    }

    private void updateSummary() {
        Optional<NetworkSpec> spec;
        try {
            spec = Optional.of(build());
            long count = spec.get().parameterCount();
            summary.setText(String.format("%,d parameters to learn", count) + (budget == null ? ""
                    : count > budget ? String.format(": more than the assignment's budget of %,d", budget)
                    : String.format(" \u00b7 the assignment allows %,d", budget)));
            summary.setClassName("invalid", budget != null && count > budget);
        } catch (IllegalArgumentException e) {
            spec = Optional.empty();
            summary.setText(e.getMessage());
            summary.addClassName("invalid");
        }
        Optional<NetworkSpec> result = spec;
        listeners.forEach(l -> l.accept(result));
    }
}
