package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunService;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.seed.SeedView;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Every number field of the Lab and the seed page, one row each: scientific notation is read
 * exactly (the started run holds {@code Double.parseDouble} of the text typed), a number outside
 * the field's range (1e308; 1e400 where any double is fine) and text that is no number are refused
 * with a message beside the field, and nothing starts.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class NumberFieldsTest extends AbstractAppTest {
    @Autowired
    RunService runs;

    /** One field: where it is, what makes it active, the text to type and where the run keeps the value. */
    record Row(String label, Runnable setUp, String typed, Function<ExperimentSpec, Number> stored, boolean ranged) {
        @Override
        public String toString() {
            return label + " = " + typed;
        }
    }

    static Stream<Arguments> labFields() {
        Runnable none = () -> { };
        return Stream.of(
                new Row("Learning rate", none, "1e-4", s -> s.training().optimizer().learningRate(), true),
                new Row("Learning rate", none, "2.5e-3", s -> s.training().optimizer().learningRate(), true),
                new Row("Momentum", () -> choose("Optimizer", "SGD (momentum)"), "2.5E-1",
                        s -> ((SgdSpec) s.training().optimizer()).momentum(), true),
                new Row("β1", none, "8.5e-1", s -> ((dev.chainrule.engine.spec.AdamSpec) s.training().optimizer()).beta1(), true),
                new Row("β2", none, "9.99e-1", s -> ((dev.chainrule.engine.spec.AdamSpec) s.training().optimizer()).beta2(), true),
                new Row("Batch size", none, "1.6e1", s -> s.training().batchSize(), true),
                new Row("Epochs", none, "3e0", s -> s.training().epochs(), true),
                new Row("Clip threshold", () -> choose("Gradient clipping", "norm"), "2.5e-3",
                        s -> s.training().clipping().threshold(), true),
                new Row("Weight decay (L2)", none, "1e-4", s -> s.training().weightDecay(), true),
                new Row("L1", none, "1e-4", s -> s.training().l1(), true),
                new Row("L1", none, "2.5e-3", s -> s.training().l1(), true),
                new Row("Seed", none, "7e0", s -> s.training().seed(), true),
                new Row("Validation share", none, "2.5e-1", s -> s.data().options().validationFraction(), true),
                new Row("Patience (epochs)", () -> _setValue(_get(Checkbox.class,
                        c -> c.withLabel("Stop early when validation loss stalls")), true), "3e0",
                        s -> s.training().earlyStopping().patience(), true),
                new Row("Units", none, "1.2e1", s -> ((DenseSpec) s.layers().get(0)).units(), true),
                new Row("Rate", () -> _click(_get(Button.class, b -> b.withText("Add Dropout"))), "2.5e-1",
                        s -> ((DropoutSpec) s.layers().get(2)).rate(), true)
        ).map(Arguments::of);
    }

    static Stream<Arguments> seedFields() {
        Runnable none = () -> { };
        Stream<Row> weights = Stream.of(
                new Row("W1[1,1]", none, "1.5e-1", s -> s.weights().get(0).W()[0][0], false),
                new Row("W1[1,2]", none, "-2E-1", s -> s.weights().get(0).W()[0][1], false),
                new Row("W1[2,1]", none, ".25", s -> s.weights().get(0).W()[1][0], false),
                new Row("W1[2,2]", none, "+3e-1", s -> s.weights().get(0).W()[1][1], false),
                new Row("b1[1]", none, "3.5e-1", s -> s.weights().get(0).b()[0], false),
                new Row("b1[2]", none, "1e-4", s -> s.weights().get(0).b()[1], false),
                new Row("W2[1,1]", none, "4e-1", s -> s.weights().get(1).W()[0][0], false),
                new Row("W2[2,1]", none, "4.5e-1", s -> s.weights().get(1).W()[1][0], false),
                new Row("b2[1]", none, "6e-1", s -> s.weights().get(1).b()[0], false),
                new Row("Input x1", none, "5e-2", s -> csvCell(s, 0), false),
                new Row("Input x2", none, "1e-1", s -> csvCell(s, 1), false),
                new Row("Target y", none, "1e-2", s -> csvCell(s, 2), false),
                new Row("Learning rate", none, "1e-4", s -> s.training().optimizer().learningRate(), true),
                new Row("Epochs", none, "2e1", s -> s.training().epochs(), true));
        return weights.map(Arguments::of);
    }

    @ParameterizedTest(name = "Lab: {0}")
    @MethodSource("labFields")
    void everyLabNumberFieldReadsExponentsExactlyAndRefusesWhatItCannotTake(Row row) {
        UI.getCurrent().navigate(LabView.class);
        chooseDataset("XOR");
        if (!row.label().equals("Epochs")) {
            _setValue(field("Epochs"), "2");
        }
        row.setUp().run();
        probe(row);
    }

    @ParameterizedTest(name = "Seed page: {0}")
    @MethodSource("seedFields")
    void everySeedNumberFieldReadsExponentsExactlyAndRefusesWhatItCannotTake(Row row) {
        UI.getCurrent().navigate(SeedView.class);
        if (!row.label().equals("Epochs")) {
            _setValue(field("Epochs"), "5");
        }
        probe(row);
    }

    private void probe(Row row) {
        NumberInput field = field(row.label());
        int before = runs.listNewestFirst(me()).size();

        _setValue(field, "abc");
        assertThat(field.isInvalid()).as("garbage is refused at once").isTrue();
        assertThat(field.getErrorMessage()).startsWith("Enter a");
        pressTrainExpectingNothing(before);
        assertThat(field.getErrorMessage()).as("Train leaves the message").startsWith("Enter a");

        _setValue(field, "1,5");
        assertThat(field.isInvalid()).isTrue();
        pressTrainExpectingNothing(before);

        String tooLarge = row.ranged() ? "1e308" : "1e400";
        _setValue(field, tooLarge);
        assertThat(field.isInvalid()).as(tooLarge + " is refused").isTrue();
        assertThat(field.getErrorMessage()).contains(" must be ");
        pressTrainExpectingNothing(before);
        assertThat(field.isInvalid()).isTrue();

        _setValue(field, row.typed());
        assertThat(field.isInvalid()).as("%s is taken: %s", row.typed(), field.getErrorMessage()).isFalse();
        assertThat(field.getValue()).as("shown as typed").isEqualTo(row.typed());
        _click(_get(Button.class, b -> b.withText("Train")));
        assertThat(runs.listNewestFirst(me())).as("one run started").hasSize(before + 1);
        ExperimentSpec spec = runs.details(me(), runs.listNewestFirst(me()).get(0).getId()).spec();
        Number stored = row.stored().apply(spec);
        if (stored instanceof Double d) {
            assertThat(d).isEqualTo(Double.parseDouble(row.typed()));
        } else {
            assertThat(stored.longValue()).isEqualTo((long) Double.parseDouble(row.typed()));
        }
    }

    private void pressTrainExpectingNothing(int runsBefore) {
        Button train = _get(Button.class, b -> b.withText("Train"));
        if (train.isEnabled()) {
            _click(train);
            // the Lab says why nothing started
            _find(Span.class, s -> s.withClasses("train-refused")).forEach(s ->
                    assertThat(s.getText()).startsWith("Nothing started: check "));
        }
        assertThat(runs.listNewestFirst(me())).hasSize(runsBefore);
    }

    private static NumberInput field(String label) {
        return _find(NumberInput.class, f -> f.withLabel(label)).get(0); // the first layer's "Units"
    }

    private static double csvCell(ExperimentSpec spec, int column) {
        return Double.parseDouble(spec.data().inlineCsv().split("\n")[1].split(",")[column]);
    }

    private static void chooseDataset(String name) {
        choose("Dataset", name);
    }
}
