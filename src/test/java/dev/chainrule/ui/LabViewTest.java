package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.LineChart;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.lab.LabView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Building a network in the Lab, its validation, and a run from start to finish. */
@Import(AbstractAppTest.SynchronousTraining.class)
class LabViewTest extends AbstractAppTest {
    @Autowired
    RunService runs;

    @BeforeEach
    void openLab() {
        UI.getCurrent().navigate(LabView.class);
    }

    @Test
    void theLabOpensOnTwoSpiralsWithATwoLayerNetwork() {
        assertThat(summary()).isEqualTo("105 parameters to learn"); // 2·8+8 + 8·8+8 + 8·1+1
        assertThat(layerTitles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dense");
        assertThat(_get(Span.class, spec -> spec.withText("Output")).getParent().orElseThrow().getElement().getText())
                .isEmpty();
    }

    @Test
    void layersAreAddedMovedAndRemovedWithButtons() {
        _click(_get(Button.class, spec -> spec.withText("Add Dropout")));
        assertThat(layerTitles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dense", "Layer 3 · Dropout");
        assertThat(summary()).isEqualTo("105 parameters to learn"); // dropout learns nothing

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move layer 3 up")));
        assertThat(layerTitles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dropout", "Layer 3 · Dense");

        _click(_get(Button.class, spec -> spec.withText("Add Dense")));
        assertThat(summary()).isEqualTo("177 parameters to learn"); // + 8·8+8
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove layer 1")));
        assertThat(layerTitles()).containsExactly("Layer 1 · Dropout", "Layer 2 · Dense", "Layer 3 · Dense");
    }

    @Test
    void aLayerWithABadSizeSaysWhyAndDisablesTrain() {
        NumberInput units = _find(NumberInput.class, spec -> spec.withLabel("Units")).get(0);
        _setValue(units, "5000");

        assertThat(summary()).isEqualTo("Layer 1: units must be between 1 and 4096, was 5000");
        assertThat(_get(Button.class, spec -> spec.withText("Train")).isEnabled()).isFalse();

        _setValue(units, "16");
        assertThat(_get(Button.class, spec -> spec.withText("Train")).isEnabled()).isTrue();
    }

    @Test
    void aBadLearningRateIsShownBesideTheField() {
        NumberInput rate = _get(NumberInput.class, spec -> spec.withLabel("Learning rate"));
        _setValue(rate, "0.0");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(rate.getErrorMessage()).isEqualTo("The learning rate must be greater than 0");
        assertThat(progress()).isEqualTo("Build a network and press Train.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongRunIsThinnedToAboutAThousandPointsPerCurveAndStillEndsAtItsLastEpoch() {
        Select<DatasetChoice> dataset = _get(Select.class, spec -> spec.withLabel("Dataset"));
        _setValue(dataset, dataset.getListDataView().getItems().filter(c -> c.name().equals("XOR")).findFirst().orElseThrow());
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), "10000");
        choose("Speed", "Full speed"); // the Lab's 100 epochs a second would take this test 100 s
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(progress()).startsWith("Completed after 10,000 epochs");
        for (LineChart chart : _find(LineChart.class)) {
            assertThat(chart.getPointCount()).isBetween(1_000, 1_001);
            assertThat(chart.getLastX()).isEqualTo(10_000);
        }
    }

    @Test
    void trainingRunsToTheEndAndIsSavedWithItsHistory() {
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), "30");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(progress()).startsWith("Completed after 30 epochs");
        assertThat(_find(LineChart.class).get(0).getPointCount()).isEqualTo(30);
        assertThat(_get(BoundaryChart.class).getGridUpdates()).isPositive();
        Run saved = runs.listNewestFirst(me()).get(0);
        assertThat(saved.getTitle()).isEqualTo("Two spirals · 2-8-8-1 · Adam");
        assertThat(saved.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(runs.details(me(), saved.getId()).history()).hasSize(30);
        assertThat(runs.details(me(), saved.getId()).history().get(29).validationLoss()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingTheNetworkSendsNoPointsAndChoosingAnotherDatasetSendsThemOnce() {
        BoundaryChart boundary = _get(BoundaryChart.class);
        int sent = boundary.getPointUpdates();
        assertThat(sent).as("the Lab opens with the points of two spirals").isPositive();

        _setValue(_find(NumberInput.class, spec -> spec.withLabel("Units")).get(0), "12");
        _click(_get(Button.class, spec -> spec.withText("Add Dense")));
        assertThat(summary()).isEqualTo("221 parameters to learn"); // 2·12+12 + 12·8+8 + 8·8+8 + 8·1+1
        assertThat(boundary.getPointUpdates()).as("network edits send no points").isEqualTo(sent);

        Select<DatasetChoice> dataset = _get(Select.class, spec -> spec.withLabel("Dataset"));
        _setValue(dataset, dataset.getListDataView().getItems().filter(c -> c.name().equals("XOR")).findFirst().orElseThrow());
        assertThat(boundary.getPointUpdates()).as("another dataset, its points once").isEqualTo(sent + 1);
        assertThat(boundary.getPointsSent()).isBetween(1, 2_000);
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withClasses("network-summary")).getText();
    }

    private static String progress() {
        return _get(Span.class, spec -> spec.withClasses("run-status")).getText();
    }

    private static java.util.List<String> layerTitles() {
        return _find(Span.class, spec -> spec.withClasses("layer-title")).stream().map(Span::getText).toList();
    }
}
