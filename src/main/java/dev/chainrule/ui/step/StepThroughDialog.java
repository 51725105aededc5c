package dev.chainrule.ui.step;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import dev.chainrule.training.DiagramWeights;
import dev.chainrule.ui.component.NetworkDiagram;
import dev.chainrule.ui.component.NumberInput;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Step through one update: Back and Next (or the arrow keys) walk its stages (or "Go to" jumps), the diagram marks the
 * neuron or connection each explains. Which update (1 = the run's first) and, for data of many rows,
 * how many examples it learns from can be changed; the walk stays at the same stage so two updates
 * compare side by side in time.
 */
public class StepThroughDialog extends Dialog {
    /** The highest update one can ask for: each look trains the run up to it, on the page's thread. */
    public static final int MAX_UPDATE = 10_000;

    private final StepSource source;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final StageView view = new StageView();
    private final Button back = new Button("Back", VaadinIcon.ARROW_LEFT.create(), e -> go(stageIndex() - 1));
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> go(stageIndex() + 1));
    private final Span position = new Span();
    private final ComboBox<Integer> jump = new ComboBox<>("Go to");
    private final NumberInput update = NumberInput.whole("Update", "The update", 1, MAX_UPDATE, 1);
    private final Select<Integer> examples = new Select<>();
    private final Paragraph note = new Paragraph();
    private List<Stage> stages = List.of();
    private int index;

    public StepThroughDialog(StepSource source) {
        this.source = source;
        setHeaderTitle("Step through one update");
        setWidth("min(1100px, 98vw)");
        addClassName("step-through");
        Paragraph about = new Paragraph("Every number below is one the engine computed while it made this update of "
                + source.what() + " (full precision). Next and Back (or the keys → and ←) walk forward through the "
                + "network, to the loss, back through the chain rule, and to the new weights; the diagram marks what each stage explains.");
        about.addClassName("hint");
        update.setHelperText("1 is the run's first");
        update.addValueChangeListener(e -> retrace());
        configureExamples();
        note.addClassName("step-note");
        jump.setItemLabelGenerator(i -> (i + 1) + ". " + stages.get(i).label());
        jump.setWidth("20em");
        jump.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue());
            }
        });
        back.addClassName("step-back");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        position.addClassName("step-position");
        HorizontalLayout settings = new HorizontalLayout(update, examples, note);
        settings.setAlignItems(FlexComponent.Alignment.BASELINE);
        settings.setWrap(true);
        HorizontalLayout walk = new HorizontalLayout(back, position, next, jump);
        walk.setAlignItems(FlexComponent.Alignment.BASELINE);
        walk.setWrap(true);
        diagram.setHeight("220px");
        diagram.setNetwork(source.network());
        Div body = new Div(about, settings, diagram, walk, view);
        walkWithArrowKeys(body);
        add(body);
        getFooter().add(new Button("Close", e -> close()));
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                next.focus(); // so that the arrow keys walk at once
            }
        });
        retrace();
    }

    /**
     * The arrow keys → and ← walk the stages as Next and Back do, as in a slide show in front of a class, while the focus
     * is in the dialog's body (Next has it when the dialog opens); not in a text field (the Update number, Go to), where
     * they move the caret. The body, not the dialog: the dialog's content is drawn in an overlay outside its element.
     */
    private void walkWithArrowKeys(Div body) {
        body.getElement().addEventListener("keydown", e -> go(stageIndex()
                        + ("ArrowRight".equals(e.getEventData().getString("event.key")) ? 1 : -1)))
                .addEventData("event.key")
                .setFilter("(event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !event.altKey && !event.ctrlKey"
                        + " && !event.metaKey && !event.composedPath().some(n => n.localName === 'input' || n.localName === 'textarea')");
    }

    /** The stage shown, from 0. */
    public int stageIndex() {
        return index;
    }

    public int stageCount() {
        return stages.size();
    }

    /** Shows stage {@code i}, if there is one. */
    public void go(int i) {
        if (i < 0 || i >= stages.size()) {
            return;
        }
        index = i;
        Stage stage = stages.get(i);
        view.show(stage);
        diagram.highlight(stage.highlight());
        position.setText("Stage " + (i + 1) + " of " + stages.size());
        jump.setValue(i);
        back.setEnabled(i > 0);
        next.setEnabled(i < stages.size() - 1);
    }

    // many rows: a mini-batch of up to MAX_EXAMPLES of them, the run's own batch size when it is small enough
    private void configureExamples() {
        int rows = source.train().rows();
        int run = source.runBatch();
        List<Integer> sizes = IntStream.of(1, 2, 4, 8, 16, run).filter(n -> n <= Math.min(rows, StepSource.MAX_EXAMPLES))
                .distinct().sorted().boxed().toList();
        examples.setLabel("Examples per update");
        examples.setItems(sizes);
        examples.setItemLabelGenerator(n -> n + (n == run ? " (as the run)" : ""));
        examples.setValue(run <= StepSource.MAX_EXAMPLES ? run : 1);
        examples.setVisible(rows > 1);
        examples.addValueChangeListener(e -> retrace());
    }

    private void retrace() {
        Integer n = update.getWholeNumber();
        if (!update.check() || n == null || examples.getValue() == null) {
            return;
        }
        int size = examples.getValue();
        note.setText(size == source.runBatch() ? "" : "The run learns from " + source.runBatch() + " examples an update; "
                + "this step from " + size + ", so that each can be read.");
        UpdateTrace trace;
        try {
            trace = source.trace(n, size);
        } catch (IllegalArgumentException e) {
            update.setErrorMessage(capitalised(e.getMessage()));
            update.setInvalid(true);
            return;
        }
        stages = StepStages.of(trace);
        diagram.setWeights(DiagramWeights.of(trace.layers().stream().map(StepThroughDialog::weightsBefore).toList()));
        jump.setItems(IntStream.range(0, stages.size()).boxed().toList());
        go(Math.min(index, stages.size() - 1));
    }

    private static DenseWeights weightsBefore(LayerTrace layer) {
        return new DenseWeights(layer.weights(), layer.bias());
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    // ---- for tests: what the stage shows

    StageView view() {
        return view;
    }

    Stage stage() {
        return stages.get(index);
    }

    NetworkDiagram diagram() {
        return diagram;
    }

    NumberInput updateField() {
        return update;
    }

    Select<Integer> examplesField() {
        return examples;
    }
}
