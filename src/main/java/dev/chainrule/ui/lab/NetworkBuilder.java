package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
 * (set by the dataset) and the output layer (set by the task). Every drag action also has a
 * button. The parameter count and any problem show live.
 */
public class NetworkBuilder extends VerticalLayout implements LayerCard.Actions {
    static final int MAX_HIDDEN_LAYERS = 8;

    private final List<LayerDraft> hidden = new ArrayList<>();
    private final VerticalLayout stack = new VerticalLayout();
    private final Span summary = new Span();
    private final List<Consumer<Optional<NetworkSpec>>> listeners = new ArrayList<>();
    private int inputs = 2;
    private String inputLabel = "2 features";
    private DenseSpec output = new DenseSpec(1, Activation.SIGMOID);
    private String outputLabel = "binary";
    private long maxParameters = Long.MAX_VALUE;

    public NetworkBuilder() {
        addClassName("network-builder");
        setPadding(false);
        stack.addClassName("layer-stack");
        stack.setPadding(false);
        stack.setSpacing(false);
        summary.addClassName("network-summary");
        add(palette(), stack, summary);
        hidden.add(LayerDraft.dense(8, Activation.TANH));
        hidden.add(LayerDraft.dense(8, Activation.TANH));
        render();
    }

    /** The dataset decides the input width; the task decides the output layer. */
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

    /** Replaces the hidden layers, e.g. with those of an experiment to run again. */
    public void setHiddenLayers(List<LayerSpec> layers) {
        hidden.clear();
        layers.forEach(l -> hidden.add(LayerDraft.of(l)));
        render();
    }

    /** The server's parameter budget: a bigger network is refused here already, with the summary saying why. */
    public void setMaxParameters(long maxParameters) {
        this.maxParameters = maxParameters;
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

    private NetworkSpec build() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            try {
                layers.add(hidden.get(i).toSpec());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Layer " + (i + 1) + ": " + e.getMessage());
            }
        }
        layers.add(output);
        NetworkSpec network = new NetworkSpec(inputs, layers);
        if (network.parameterCount() > maxParameters) {
            throw new IllegalArgumentException(TrainingService.overBudget(network.parameterCount(), maxParameters));
        }
        return network;
    }

    private Component palette() {
        Div dense = paletteCard("Dense", "units + activation", LayerDraft.Kind.DENSE);
        Div dropout = paletteCard("Dropout", "drops units while training", LayerDraft.Kind.DROPOUT);
        Button addDense = new Button("Add Dense", VaadinIcon.PLUS.create(), e -> add(LayerDraft.dense()));
        Button addDropout = new Button("Add Dropout", VaadinIcon.PLUS.create(), e -> add(LayerDraft.dropout()));
        addDense.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addDropout.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout palette = new HorizontalLayout(dense, dropout, addDense, addDropout);
        palette.addClassName("layer-palette");
        palette.setAlignItems(Alignment.CENTER);
        palette.setWrap(true);
        // Dropping a layer back onto the palette removes it from the network.
        DropTarget<HorizontalLayout> bin = DropTarget.create(palette);
        bin.setDropEffect(DropEffect.MOVE);
        bin.addDropListener(e -> e.getDragData().filter(LayerDraft.class::isInstance)
                .ifPresent(d -> remove((LayerDraft) d)));
        return palette;
    }

    private static Div paletteCard(String title, String hint, LayerDraft.Kind kind) {
        Div card = new Div(new Span(VaadinIcon.ELLIPSIS_DOTS_V.create()), new Span(title));
        card.addClassNames("palette-card", kind == LayerDraft.Kind.DENSE ? "dense" : "dropout");
        card.setTitle("Drag into the network: " + hint);
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(kind);
        return card;
    }

    private void add(LayerDraft layer) {
        insert(layer, hidden.size());
    }

    private void insert(LayerDraft layer, int position) {
        if (hidden.size() >= MAX_HIDDEN_LAYERS && !hidden.contains(layer)) {
            summary.setText("At most " + MAX_HIDDEN_LAYERS + " hidden layers: remove one first.");
            return;
        }
        int from = hidden.indexOf(layer);
        if (from >= 0) {
            hidden.remove(from);
            position = from < position ? position - 1 : position;
        }
        hidden.add(Math.min(position, hidden.size()), layer);
        render();
    }

    @Override
    public void move(LayerDraft layer, int delta) {
        int from = hidden.indexOf(layer);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < hidden.size()) {
            hidden.remove(from);
            hidden.add(to, layer);
            render();
        }
    }

    @Override
    public void remove(LayerDraft layer) {
        if (hidden.remove(layer)) {
            render();
        }
    }

    @Override
    public void changed() {
        updateSummary();
    }

    private void render() {
        stack.removeAll();
        stack.add(endCard("Input", inputLabel, "layer-input"));
        stack.add(dropZone(0));
        for (int i = 0; i < hidden.size(); i++) {
            stack.add(new LayerCard(hidden.get(i), i + 1, this), dropZone(i + 1));
        }
        stack.add(endCard("Output", output.units() + (output.units() == 1 ? " unit, " : " units, ")
                + output.activation().id() + " (" + outputLabel + ")", "layer-output"));
        updateSummary();
    }

    private Div dropZone(int position) {
        Div zone = new Div();
        zone.addClassName("drop-zone");
        DropTarget<Div> target = DropTarget.create(zone);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> {
            if (data instanceof LayerDraft.Kind kind) {
                insert(kind == LayerDraft.Kind.DENSE ? LayerDraft.dense() : LayerDraft.dropout(), position);
            } else if (data instanceof LayerDraft layer) {
                insert(layer, position);
            }
        }));
        return zone;
    }

    private static Div endCard(String title, String detail, String className) {
        Div card = new Div(new Span(title), new Span(detail));
        card.addClassNames("layer-card", "layer-end", className);
        return card;
    }

    private void updateSummary() {
        Optional<NetworkSpec> spec;
        try {
            NetworkSpec built = build();
            summary.setText(String.format("%,d parameters to learn", built.parameterCount()));
            summary.removeClassName("invalid");
            spec = Optional.of(built);
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            summary.addClassName("invalid");
            spec = Optional.empty();
        }
        Optional<NetworkSpec> result = spec;
        listeners.forEach(l -> l.accept(result));
    }
}
