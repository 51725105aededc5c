package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.chainrule.data.prepare.InputFeature.SIN_X1;
import static dev.chainrule.data.prepare.InputFeature.SIN_X2;
import static dev.chainrule.data.prepare.InputFeature.X1_SQUARED;
import static dev.chainrule.data.prepare.InputFeature.X1_TIMES_X2;
import static dev.chainrule.data.prepare.InputFeature.X2_SQUARED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RecordedData;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.NumberInput;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The Lab's computed inputs (x1², x2², x1·x2, sin x1, sin x2): offered for two numeric features, trained on, kept. */
@Import(AbstractAppTest.SynchronousTraining.class)
class InputFeatureTogglesTest extends AbstractAppTest {
    @Autowired
    RunService runs;
    @Autowired
    DatasetService datasets;

    @Test
    void offeredOnlyForDataOfTwoNumericFeatures() {
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "Two circles");
        assertThat(toggleLabels()).containsExactly("x1²", "x2²", "x1·x2", "sin x1", "sin x2");

        choose("Dataset", "Iris");
        assertThat(_find(InputFeatureToggles.class)).as("four features: nothing to compute them from").isEmpty();
        choose("Dataset", "Noisy curve");
        assertThat(_find(InputFeatureToggles.class)).as("one feature").isEmpty();
        choose("Dataset", "XOR");
        assertThat(_find(InputFeatureToggles.class)).hasSize(1);
    }

    @Test
    void twoInputsOfOneCategoricalColumnAreNotOffered() {
        datasets.upload(me(), "colours.csv", "colour,y\nred,1\nblue,0\nred,1\nblue,0\nred,0\nblue,1\n".getBytes(UTF_8));
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "colours");

        assertThat(picker().prepared().train().features()).as("red and blue, one-hot").isEqualTo(2);
        assertThat(_find(InputFeatureToggles.class)).isEmpty();
    }

    @Test
    void theTogglesAreNamedAfterTheColumnsAsText() {
        String csv = "<b>radius</b>,a very long column name indeed,y\n1,2,a\n2,3,b\n3,1,a\n4,4,b\n5,2,a\n6,1,b\n";
        datasets.upload(me(), "polar.csv", csv.getBytes(UTF_8));
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "polar");

        assertThat(toggleLabels()).containsExactly("<b>radius</b>²", "a very long col…²", "<b>radius</b>·a very long col…",
                "sin <b>radius</b>", "sin a very long col…");
        tick(X1_TIMES_X2);
        assertThat(inputCard()).isEqualTo("3 inputs: <b>radius</b>, a very long col…, <b>radius</b>·a very long col…");
    }

    @Test
    void tickedInputsWidenTheNetworkAndTheRunRecordsThemAndEditAndRunAgainTicksThemAgain() {
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "Two circles");
        BoundaryChart boundary = _get(BoundaryChart.class);
        int gridsBefore = boundary.getGridUpdates();

        tick(SIN_X1, X1_SQUARED);

        assertThat(inputCard()).isEqualTo("4 inputs: x1, x2, x1², sin x1");
        assertThat(summary()).isEqualTo("121 parameters to learn"); // 4·8+8 + 8·8+8 + 8·1+1
        assertThat(picker().prepared().featureNames()).containsExactly("x1", "x2", "x1^2", "sin(x1)");
        _setValue(_get(NumberInput.class, s -> s.withLabel("Epochs")), "20");
        _click(_get(Button.class, s -> s.withText("Train")));

        assertThat(LiveLab.progress()).startsWith("Completed after 20 epochs");
        assertThat(boundary.getGridUpdates()).as("the boundary is drawn through the computed inputs").isGreaterThan(gridsBefore);
        Run run = runs.listNewestFirst(me()).get(0);
        assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
        ExperimentSpec spec = runs.details(me(), run.getId()).spec();
        assertThat(spec.data().options().inputFeatures()).as("in the format's order").containsExactly(X1_SQUARED, SIN_X1);
        assertThat(RecordedData.of(spec.data(), run.getOwnerId(), datasets).prepared().train().features())
                .as("its page and its repeats prepare the same four inputs").isEqualTo(4);

        tick(); // the Lab moves on: other inputs, other data
        choose("Dataset", "XOR");
        UI.getCurrent().navigate(LabView.class, QueryParameters.of(LabView.FROM, Long.toString(run.getId())));

        assertThat(toggles().getValue()).containsExactlyInAnyOrder(X1_SQUARED, SIN_X1);
        assertThat(picker().choice().name()).isEqualTo("Two circles");
        assertThat(inputCard()).isEqualTo("4 inputs: x1, x2, x1², sin x1");
        assertThat(picker().inputFeatures()).containsExactly(X1_SQUARED, SIN_X1);
    }

    @Test
    void tickedInputsWaitHiddenWhileOtherDataIsShownAndAreNotTrainedOnThere() {
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "Two circles");
        tick(X2_SQUARED);
        assertThat(inputCard()).isEqualTo("3 inputs: x1, x2, x2²");

        choose("Dataset", "Iris");
        assertThat(inputCard()).isEqualTo("4 inputs");
        assertThat(picker().inputFeatures()).isEmpty();
        _setValue(_get(NumberInput.class, s -> s.withLabel("Epochs")), "2");
        _click(_get(Button.class, s -> s.withText("Train")));
        Run run = runs.listNewestFirst(me()).get(0);
        assertThat(runs.details(me(), run.getId()).spec().data().options().inputFeatures()).isEmpty();

        choose("Dataset", "Two circles");
        assertThat(toggles().getValue()).containsExactly(X2_SQUARED);
        assertThat(inputCard()).isEqualTo("3 inputs: x1, x2, x2²");
    }

    @Test
    void theDraftKeepsTheTickedInputsAcrossAReload() {
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "Two circles");
        tick(X2_SQUARED, X1_TIMES_X2);
        double[][] shown = picker().prepared().train().x();
        UI before = UI.getCurrent();

        reload();

        assertThat(UI.getCurrent()).isNotSameAs(before);
        assertThat(toggles().getValue()).containsExactlyInAnyOrder(X2_SQUARED, X1_TIMES_X2);
        assertThat(inputCard()).isEqualTo("4 inputs: x1, x2, x2², x1·x2");
        assertThat(Arrays.deepEquals(picker().prepared().train().x(), shown)).isTrue();
    }

    @Test
    void anImportedDesignOpensWithItsComputedInputsTicked() {
        ImportedDesign.keep(ExperimentJson.read("""
                {"format": "chainrule-experiment/1", "title": "Circles from features alone",
                 "data": {"dataset": "builtin:circles", "standardize": true, "validationFraction": 0.2, "splitSeed": 1,
                          "inputFeatures": ["sin(x2)", "x1*x2"]},
                 "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]},
                 "training": {"loss": "bce", "optimizer": {"type": "adam", "learningRate": 0.03}, "batchSize": 10,
                              "epochs": 5, "shuffle": true, "init": "xavier", "seed": 7}}"""));
        UI.getCurrent().navigate(LabView.class, QueryParameters.of(LabView.IMPORTED, "1"));

        assertThat(picker().choice().name()).isEqualTo("Two circles");
        assertThat(toggles().getValue()).containsExactlyInAnyOrder(X1_TIMES_X2, SIN_X2);
        assertThat(inputCard()).as("in the format's order, whatever the file's").isEqualTo("4 inputs: x1, x2, x1·x2, sin x2");
        assertThat(summary()).isEqualTo("5 parameters to learn"); // no hidden layer: 4·1+1
    }

    private static void tick(InputFeature... features) {
        _setValue(toggles(), Set.of(features));
    }

    private static InputFeatureToggles toggles() {
        return _get(InputFeatureToggles.class);
    }

    private static List<String> toggleLabels() {
        InputFeatureToggles toggles = toggles();
        return Arrays.stream(InputFeature.values()).map(f -> toggles.getItemLabelGenerator().apply(f)).toList();
    }

    private static DatasetPicker picker() {
        return _get(DatasetPicker.class);
    }

    private static String inputCard() {
        Div card = _get(Div.class, s -> s.withClasses("layer-end layer-input"));
        return _find(card, Span.class).get(1).getText();
    }

    private static String summary() {
        return _get(Span.class, s -> s.withClasses("network-summary")).getText();
    }
}
