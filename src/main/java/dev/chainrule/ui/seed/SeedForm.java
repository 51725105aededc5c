package dev.chainrule.ui.seed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.component.NumberInput.Range;
import dev.chainrule.ui.component.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The seed network's numbers, all editable and prefilled from the worked example: weights,
 * input, target, learning rate, epochs. {@link #toSpec()} checks every field and puts the
 * message beside the one that is wrong.
 */
class SeedForm extends VerticalLayout {
    /** How fast to play the run back: a tiny network trains 1,000 epochs in milliseconds. */
    enum Speed {
        SLOW("200 epochs/s", 200), FAST("2,000 epochs/s", 2000), FULL("Full speed", 0);

        final String label;
        final int epochsPerSecond;

        Speed(String label, int epochsPerSecond) {
            this.label = label;
            this.epochsPerSecond = epochsPerSecond;
        }
    }

    private final NumberInput[][] w1 = matrix("W1", SeedExample.W1);
    private final NumberInput[] b1 = vector("b1", SeedExample.B1);
    private final NumberInput[][] w2 = matrix("W2", SeedExample.W2);
    private final NumberInput[] b2 = vector("b2", SeedExample.B2);
    private final NumberInput[] input = {number("Input x1", SeedExample.INPUT[0]), number("Input x2", SeedExample.INPUT[1])};
    private final NumberInput target = number("Target y", SeedExample.TARGET);
    private final NumberInput learningRate = NumberInput.decimal("Learning rate", "The learning rate",
            Range.aboveAtMost(0, 10), SeedExample.LEARNING_RATE);
    private final NumberInput epochs;
    private final Select<Speed> speed = new Select<>();

    SeedForm(int maxEpochs) {
        epochs = NumberInput.whole("Epochs", "Epochs", 1, maxEpochs, SeedExample.EPOCHS);
        epochs.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        speed.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        epochs.setHelperText("1 to " + String.format("%,d", maxEpochs));
        learningRate.setHelperText("above 0, at most 10");
        speed.setHelperText("200 epochs/s is slow enough to watch each step");
        speed.setTooltipText("Changes the pace of a run while it trains, too");
        speed.setLabel("Speed");
        speed.setItems(Speed.values());
        speed.setItemLabelGenerator(s -> s.label);
        speed.setValue(Speed.SLOW);
        setPadding(false);
        // Columns follow the shapes: W1 reads as the 2×2 matrix it is, b1 as its bias row.
        add(section("Example", "One input and the value the network should output.", 3, input[0], input[1], target),
                section("Hidden layer: 2 sigmoid units", "h = sigmoid(x·W1 + b1); row i of W1 belongs to input xi.", 2,
                        w1[0][0], w1[0][1], w1[1][0], w1[1][1], b1[0], b1[1]),
                section("Output layer: 1 sigmoid unit", "prediction = sigmoid(h·W2 + b2)", 3, w2[0][0], w2[1][0], b2[0]),
                section("Training", "Gradient descent on the squared error (p − y)².", 2, learningRate, epochs, speed));
    }

    /** Puts the worked example's numbers back into every field. */
    void reset() {
        set(w1, SeedExample.W1);
        set(w2, SeedExample.W2);
        set(new NumberInput[][] {b1, b2, input}, new double[][] {SeedExample.B1, SeedExample.B2, SeedExample.INPUT});
        target.setNumber(SeedExample.TARGET);
        learningRate.setNumber(SeedExample.LEARNING_RATE);
        epochs.setNumber(SeedExample.EPOCHS);
        allFields().forEach(f -> f.setInvalid(false));
        epochs.setInvalid(false);
    }

    int epochsPerSecond() {
        return speed.getValue() == null ? 0 : speed.getValue().epochsPerSecond;
    }

    /** Hears each speed chosen, as epochs a second (0 for full speed), so a run that trains can change its pace. */
    void onSpeedChanged(IntConsumer listener) {
        speed.addValueChangeListener(e -> listener.accept(epochsPerSecond()));
    }

    /** The experiment these fields describe, or empty with a message beside each bad field. */
    Optional<ExperimentSpec> toSpec() {
        boolean ok = true;
        for (NumberInput field : allFields()) {
            ok &= field.check();
        }
        ok &= epochs.check();
        Double lr = learningRate.getNumber();
        Integer n = epochs.getWholeNumber();
        if (!ok) {
            return Optional.empty();
        }
        var layers = List.<dev.chainrule.engine.spec.LayerSpec>of(new DenseSpec(2, Activation.SIGMOID),
                new DenseSpec(1, Activation.SIGMOID));
        var weights = List.of(new DenseWeights(values(w1), values(b1)), new DenseWeights(values(w2), values(b2)));
        // The example travels inside the experiment as CSV text, read by the same importer as any upload.
        String csv = "x1,x2,y\n" + NumberText.format(input[0].getNumber()) + "," + NumberText.format(input[1].getNumber())
                + "," + NumberText.format(target.getNumber()) + "\n";
        var data = ExperimentData.inline(csv, DataOptions.defaults().withTarget("y").withTask(Task.REGRESSION));
        var training = new TrainingConfig(LossKind.MSE, new SgdSpec(lr, 0.0), 1, n, false, 42);
        return Optional.of(new ExperimentSpec("Seed example, learning rate " + NumberText.format(lr), data, layers, training,
                Init.EXPLICIT, weights));
    }

    private List<NumberInput> allFields() {
        List<NumberInput> all = new ArrayList<>(List.of(w1[0][0], w1[0][1], w1[1][0], w1[1][1], b1[0], b1[1],
                w2[0][0], w2[1][0], b2[0], input[0], input[1], target, learningRate));
        return all;
    }

    private static Component section(String title, String note, int columns, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", columns));
        Paragraph hint = new Paragraph(note);
        hint.addClassName("hint");
        VerticalLayout box = new VerticalLayout(new H3(title), hint, form);
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("form-section");
        return box;
    }

    private static NumberInput number(String label, double value) {
        NumberInput field = NumberInput.decimal(label, label, Range.any(), value);
        field.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        return field;
    }

    private static NumberInput[] vector(String name, double[] values) {
        NumberInput[] v = new NumberInput[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(name + "[" + (i + 1) + "]", values[i]);
        }
        return v;
    }

    private static NumberInput[][] matrix(String name, double[][] values) {
        NumberInput[][] m = new NumberInput[values.length][values[0].length];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[0].length; c++) {
                m[r][c] = number(name + "[" + (r + 1) + "," + (c + 1) + "]", values[r][c]);
            }
        }
        return m;
    }

    private static void set(NumberInput[][] fields, double[][] values) {
        for (int r = 0; r < fields.length; r++) {
            for (int c = 0; c < fields[r].length; c++) {
                fields[r][c].setNumber(values[r][c]);
            }
        }
    }

    private static double[][] values(NumberInput[][] fields) {
        double[][] m = new double[fields.length][];
        for (int r = 0; r < fields.length; r++) {
            m[r] = values(fields[r]);
        }
        return m;
    }

    private static double[] values(NumberInput[] fields) {
        double[] v = new double[fields.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = fields[i].getNumber();
        }
        return v;
    }
}
