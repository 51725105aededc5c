package dev.chainrule.ui.gradcheck;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.chainrule.engine.BrokenSigmoidNetwork;
import dev.chainrule.engine.GradientCheck;
import dev.chainrule.engine.GradientCheckReport;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.ui.component.TextTable;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gradient check's view: passes on every activation and loss, fails on the broken layer, tells kinks apart. */
class GradientCheckPanelTest {

    private static final double[][] X = {{0.5, -1.2, 0.3}, {-0.7, 0.4, 1.1}, {1.5, 0.2, -0.6}, {0.1, -0.3, 0.8}};
    private static final double[][] ONE_HOT = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}};

    @BeforeEach
    void openPage() {
        MockVaadin.setup();
    }

    @AfterEach
    void closePage() {
        MockVaadin.tearDown();
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationPasses(Activation activation) {
        show(subject(new NetworkSpec(3, List.of(new DenseSpec(5, activation), new DenseSpec(3, activation))), ONE_HOT,
                LossKind.MSE));

        assertThat(summary().getText()).startsWith("Passed: all 38 weights and biases agree with the central difference");
        assertThat(summary().getClassNames()).contains("check-pass");
        assertThat(results()).hasSize(38).containsOnly(GradientCheckPanel.PASS);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void everyLossPassesOnTheOutputItPairsWith(LossKind loss) {
        Activation output = switch (loss) {
            case MSE -> Activation.LINEAR;
            case BCE -> Activation.SIGMOID;
            case CROSS_ENTROPY -> Activation.SOFTMAX;
        };
        int outputs = loss == LossKind.BCE ? 1 : 3;
        double[][] y = loss == LossKind.BCE ? new double[][] {{1}, {0}, {1}, {0}} : ONE_HOT;

        show(subject(new NetworkSpec(3, List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(outputs, output))), y, loss));

        assertThat(summary().getText()).startsWith("Passed: all " + (3 * 4 + 4 + 4 * outputs + outputs) + " weights");
        assertThat(results()).containsOnly(GradientCheckPanel.PASS);
        assertThat(whatWasChecked()).contains("loss " + loss.id());
    }

    @Test
    void theBrokenLayerFailsAndTheTableSaysWhichWeights() {
        GradientCheckReport report = GradientCheck.run(new BrokenSigmoidNetwork());
        UI.getCurrent().add(new GradientCheckPanel(report, "a 3-4-1 network whose hidden sigmoid forgets (1 − σ)"));

        assertThat(summary().getText()).startsWith("Failed: 16 of 21 weights and biases disagree with the central difference");
        assertThat(summary().getClassNames()).contains("check-fail");
        TextTable.Row w1 = _get(TextTable.class).getRows().get(0);
        assertThat(w1.key()).isEqualTo("W1[1,1]");
        assertThat(w1.cells().get(4).text()).isEqualTo(GradientCheckPanel.FAIL);
        assertThat(w1.cells().get(4).css()).isEqualTo("check-fail");
        // the output layer's own gradients do not go through the broken derivative
        assertThat(_get(TextTable.class).getRows()).filteredOn(r -> r.key().startsWith("W2") || r.key().startsWith("b2"))
                .hasSize(5).allMatch(r -> r.cells().get(4).text().equals(GradientCheckPanel.PASS));
    }

    @Test
    void aWeightWhoseStepCrossesAReluKinkIsMarkedAndExplainedNotFailed() {
        // unit 0 of the ReLU layer sits at z = 0.5 − 0.5 + 0 = 0 for the one example
        Network network = Network.create(new NetworkSpec(2, List.of(new DenseSpec(2, Activation.RELU),
                new DenseSpec(1, Activation.LINEAR))), List.of(
                new DenseWeights(new double[][] {{0.5, 0.3}, {-0.5, 0.4}}, new double[] {0.0, 0.1}),
                new DenseWeights(new double[][] {{0.7}, {-0.2}}, new double[] {0.05})));
        show(new CheckSubject(network, new TrainingData(new double[][] {{1.0, 1.0}}, new double[][] {{2.0}}),
                config(LossKind.MSE)));

        assertThat(summary().getText()).startsWith("Passed: 6 of 9 weights and biases agree").endsWith(
                "; 3 sit at a kink (see below), not counted.");
        assertThat(_get(TextTable.class).getRows()).filteredOn(r -> r.cells().get(4).text().equals(GradientCheckPanel.KINK))
                .extracting(TextTable.Row::key).containsExactly("W1[1,1]", "W1[2,1]", "b1[1]");
        assertThat(paragraphs()).anyMatch(t -> t.startsWith("Kinks: ReLU and leaky ReLU bend at 0"));
    }

    @Test
    void theToleranceAndTheMethodAreStated() {
        show(subject(new NetworkSpec(3, List.of(new DenseSpec(3, Activation.LINEAR))), ONE_HOT, LossKind.MSE));

        assertThat(summary().getText()).contains("tolerance 1e-6");
        assertThat(paragraphs()).anyMatch(t -> t.contains("(h = 1e-5)")
                        && t.contains("A weight passes at 1e-6 or less, or when the two differ by at most 1e-9 × max(1, L)"));
    }

    private static CheckSubject subject(NetworkSpec spec, double[][] y, LossKind loss) {
        return new CheckSubject(Network.create(spec, Init.XAVIER, 7), new TrainingData(X, y), config(loss));
    }

    private static TrainingConfig config(LossKind loss) {
        return new TrainingConfig(loss, SgdSpec.plain(0.1), 0, 1, false, 5L);
    }

    private static void show(CheckSubject subject) {
        UI.getCurrent().add(new GradientCheckPanel(subject.check(), subject.describe()));
    }

    private static Paragraph summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("gradient-check-summary"));
    }

    private static String whatWasChecked() {
        return paragraphs().stream().filter(t -> t.startsWith("Checked: ")).findFirst().orElseThrow();
    }

    private static List<String> paragraphs() {
        return _get(GradientCheckPanel.class).getChildren().filter(c -> c instanceof Paragraph)
                .map(c -> ((Paragraph) c).getText()).toList();
    }

    private static List<String> results() {
        return _get(TextTable.class).getRows().stream().map(r -> r.cells().get(4).text()).toList();
    }
}
