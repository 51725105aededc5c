package dev.chainrule.ui.step;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.component.NetworkDiagram.Highlight;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.lab.LabView;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of issue 14: the seed example's step-through shows the reference's numbers at each stage
 * (the prediction and loss as printed, every gradient and new weight of the numpy oracle), Next and Back
 * walk every stage, and a Lab mini-batch shows summed gradients equal to the engine's.
 */
class StepThroughTest extends AbstractAppTest {
    private static final Pattern LAST_NUMBER = Pattern.compile("= (-?[0-9][0-9.e-]*)(?: \\(|$)");

    @Test
    void theSeedPageWithStepInItsAddressOpensTheStepThroughAtOnce() {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("step", "")));

        StepThroughDialog dialog = _get(StepThroughDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.stageIndex()).isZero();
        assertThat(dialog.stage().part()).isEqualTo("Inputs");
        assertThat(cells(dialog.view().table())).containsExactly(List.of("#1", "0.5", "0.8", "1"));
        assertThat(inDialog(dialog, Span.class, "step-position").getText()).isEqualTo("Stage 1 of 27");
    }

    @Test
    void everyStageOfTheSeedShowsTheOraclesNumbers() throws IOException {
        JsonNode oracle = oracle();
        StepThroughDialog dialog = openFromSeedPage();

        assertThat(resultsOf(dialog, "Forward · h1.1")).containsExactly("z1.1 = 0.65", "h1.1 = 0.6570104626734988");
        assertThat(resultsOf(dialog, "Forward · h1.2")).containsExactly("z1.2 = 0.61", "h1.2 = 0.6479408020806503");
        assertThat(resultsOf(dialog, "Forward · ŷ")).containsExactly("z2 = 0.7515686663177897", "ŷ = 0.6795204075983217");
        assertThat(resultsOf(dialog, "Loss · how far off the prediction is")).containsExactly("L = 0.10270716914594588");
        String[][] layers = {{"W1", "b1"}, {"W2", "b2"}};
        for (int k = 0; k < 2; k++) {
            JsonNode dW = oracle.at("/gradients/d" + layers[k][0]);
            JsonNode after = oracle.at("/afterOneUpdate/" + layers[k][0]);
            for (int i = 0; i < dW.size(); i++) {
                for (int j = 0; j < dW.get(i).size(); j++) {
                    String name = layers[k][0] + "[" + (i + 1) + "," + (j + 1) + "]";
                    assertGradient(dialog, name, dW.get(i).get(j).asDouble());
                    assertClose(number(resultsOf(dialog, "Update · " + name).get(0)), after.get(i).get(j).asDouble());
                }
            }
            JsonNode db = oracle.at("/gradients/d" + layers[k][1]);
            for (int j = 0; j < db.size(); j++) {
                String name = layers[k][1] + "[" + (j + 1) + "]";
                assertGradient(dialog, name, db.get(j).asDouble());
                assertClose(number(resultsOf(dialog, "Update · " + name).get(0)),
                        oracle.at("/afterOneUpdate/" + layers[k][1]).get(j).asDouble());
            }
        }
    }

    @Test
    void aWeightsStageNamesEachFactorWithItsValueAndMarksItsConnection() {
        StepThroughDialog dialog = openFromSeedPage();
        goTo(dialog, "Backward · W1[1,1]");

        assertThat(cells(dialog.view().table()).stream().map(row -> row.get(0)).toList())
                .containsExactly("∂L/∂ŷ", "∂ŷ/∂z2", "∂z2/∂h1.1", "∂h1.1/∂z1.1", "∂z1.1/∂W1[1,1]");
        assertThat(cells(dialog.view().table()).get(0)).containsExactly("∂L/∂ŷ",
                "how the loss changes with the prediction: 2·(ŷ − y)", dev.chainrule.ui.component.NumberText.format(2 * (0.6795204075983217 - 1.0)));
        assertThat(cells(dialog.view().table()).get(2).get(2)).isEqualTo("0.4"); // W2[1,1]
        assertThat(cells(dialog.view().table()).get(4).get(2)).isEqualTo("0.5"); // x1
        assertThat(dialog.diagram().highlighted())
                .isEqualTo(new Highlight(List.of(), List.of(new Highlight.Connection(0, 0, 0))));
        goTo(dialog, "Update · W2[2,1]");
        assertThat(cells(dialog.view().table()).get(2)).containsExactly("new w = w − η·g",
                "0.6 − 0.1 × -0.09044167316687333", "0.6090441673166873");
        assertThat(dialog.diagram().highlighted().connections()).containsExactly(new Highlight.Connection(1, 1, 0));
    }

    @Test
    void nextAndBackWalkEveryStage() {
        StepThroughDialog dialog = openFromSeedPage();
        Button next = inDialog(dialog, Button.class, "Next");
        Button back = inDialog(dialog, Button.class, "Back");
        assertThat(back.isEnabled()).isFalse();

        List<String> forward = new ArrayList<>(List.of(dialog.stage().label()));
        while (next.isEnabled()) {
            _click(next);
            forward.add(dialog.stage().label());
        }
        List<String> backward = new ArrayList<>(List.of(dialog.stage().label()));
        while (back.isEnabled()) {
            _click(back);
            backward.add(0, dialog.stage().label());
        }

        assertThat(forward).hasSize(27).doesNotHaveDuplicates().isEqualTo(backward);
        assertThat(forward.subList(0, 6)).containsExactly("Inputs · the example", "Forward · h1.1", "Forward · h1.2",
                "Forward · ŷ", "Loss · how far off the prediction is", "Backward · the error at ŷ");
        assertThat(forward.get(26)).isEqualTo("Update · b2[1]");
        assertThat(dialog.stageIndex()).isZero();
    }

    @Test
    void theSecondUpdateStartsFromTheWeightsAfterTheFirst() throws IOException {
        StepThroughDialog dialog = openFromSeedPage();
        goTo(dialog, "Update · W1[1,1]");

        _setValue(dialog.updateField(), "2");

        assertThat(dialog.stage().label()).isEqualTo("Update · W1[1,1]"); // the same stage, of update 2
        assertThat(cells(dialog.view().table()).get(0).get(2)).isEqualTo("0.30062909525957643");
        goTo(dialog, "Loss · how far off the prediction is");
        assertClose(number(dialog.view().resultLines().get(0)), oracle().at("/loop/losses/1").asDouble());
        _setValue(dialog.updateField(), "1001");
        assertThat(dialog.updateField().getErrorMessage()).isEqualTo("Choose an update from 1 to 1000 (1000 epochs of 1 batch), was 1001.");
    }

    @Test
    void aLabMiniBatchShowsSummedGradientsEqualToTheEngines() {
        UI.getCurrent().navigate(LabView.class);
        @SuppressWarnings("unchecked")
        Select<Object> optimizer = _get(Select.class, spec -> spec.withLabel("Optimizer"));
        _setValue(optimizer, optimizer.getListDataView().getItems().filter(o -> o.toString().equals("SGD")).findFirst().orElseThrow());
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Momentum")), "0");
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Learning rate")), "0.5");
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Batch size")), "4");
        _clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("lab-inspect")), "Step through one update");

        StepThroughDialog dialog = _get(StepThroughDialog.class);
        assertThat(dialog.examplesField().getValue()).isEqualTo(4);
        goTo(dialog, "Backward · W1[2,1]");
        List<List<String>> rows = cells(dialog.view().table());
        assertThat(rows).hasSize(4);
        double sum = 0.0;
        for (List<String> row : rows) {
            sum += Double.parseDouble(row.get(row.size() - 1));
        }
        List<String> results = dialog.view().resultLines();
        double shownSum = number(results.stream().filter(l -> l.startsWith("sum over the 4 examples")).findFirst().orElseThrow());
        double engine = number(results.get(results.size() - 1));
        assertThat(results.get(results.size() - 1)).startsWith("∂L/∂W1[2,1] = ").endsWith("(backpropagation's sum over the mini-batch, which the update uses)");
        assertClose(shownSum, sum);
        assertClose(engine, sum);
        // the update moved the weight by exactly η times that gradient
        goTo(dialog, "Update · W1[2,1]");
        List<List<String>> update = cells(dialog.view().table());
        assertThat(update.get(1).get(2)).isEqualTo(dev.chainrule.ui.component.NumberText.format(engine));
        double before = Double.parseDouble(update.get(0).get(2));
        double after = Double.parseDouble(update.get(2).get(2));
        assertThat(after).isEqualTo(before - 0.5 * engine);
    }

    private StepThroughDialog openFromSeedPage() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Step through one update")));
        return _get(StepThroughDialog.class);
    }

    private static void assertGradient(StepThroughDialog dialog, String name, double expected) {
        List<String> results = resultsOf(dialog, "Backward · " + name);
        assertThat(results.get(0)).startsWith("∂L/∂" + name + " = ∂L/∂ŷ × ∂ŷ/∂z2 × ");
        for (String line : results) {
            assertClose(number(line), expected);
        }
    }

    private static List<String> resultsOf(StepThroughDialog dialog, String label) {
        goTo(dialog, label);
        return dialog.view().resultLines();
    }

    private static void goTo(StepThroughDialog dialog, String label) {
        for (int i = 0; i < dialog.stageCount(); i++) {
            dialog.go(i);
            if (dialog.stage().label().equals(label)) {
                return;
            }
        }
        throw new AssertionError("no stage " + label);
    }

    private static List<List<String>> cells(TextTable table) {
        return table.getRows().stream().map(r -> r.cells().stream().map(TextTable.Cell::text).toList()).toList();
    }

    private static double number(String line) {
        Matcher m = LAST_NUMBER.matcher(line);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        assertThat(found).as("a number in " + line).isNotNull();
        return Double.parseDouble(found);
    }

    // the engine against numpy: 1e-12 relative, as SeedExampleTest
    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.max(1.0, Math.abs(expected))));
    }

    private static <T extends com.vaadin.flow.component.Component> T inDialog(StepThroughDialog dialog, Class<T> type, String textOrClass) {
        List<T> found = _find(dialog, type, spec -> { });
        return found.stream().filter(c -> c.getElement().getText().equals(textOrClass)
                || c.getElement().getClassList().contains(textOrClass)).findFirst().orElseThrow();
    }

    private static JsonNode oracle() throws IOException {
        try (InputStream in = StepThroughTest.class.getResourceAsStream("/seed/seed_oracle.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
