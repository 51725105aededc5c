package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunRow;
import dev.chainrule.ui.component.LineChart;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.runs.RunsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

@Import(AbstractAppTest.SynchronousTraining.class)
class SeedViewTest extends AbstractAppTest {

    @BeforeEach
    void openSeedPage() {
        UI.getCurrent().navigate("");
    }

    @Test
    void aLongRunIsThinnedToAboutAThousandPointsAndEndsAtItsLastEpoch() {
        chooseFullSpeed();
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), "50000");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(_get(Span.class, spec -> spec.withClasses("run-status")).getText())
                .startsWith("Completed: epoch 50,000 of 50,000");
        assertThat(_get(LineChart.class).getPointCount()).isBetween(1_000, 1_001);
        assertThat(_get(LineChart.class).getLastX()).isEqualTo(50_000);
    }

    @Test
    void trainingTheSeedExampleShowsTheLossFallingAndThePredictionNearTheTarget() {
        chooseFullSpeed();
        _click(_get(Button.class, spec -> spec.withText("Train")));

        String status = _get(Span.class, spec -> spec.withClasses("run-status")).getText();
        assertThat(status).startsWith("Completed: epoch 1,000 of 1,000");
        assertThat(_get(LineChart.class).getPointCount()).isEqualTo(1000);
        // After 1,000 updates the seed network predicts about 0.98 (the seed oracle's trajectory).
        assertThat(status).containsPattern("prediction 0\\.9[0-9]+");
        assertThat(_get(Button.class, spec -> spec.withText("Train")).isEnabled()).isTrue();
    }

    @Test
    void aFinishedRunIsListedOnTheSavedRunsPage() {
        chooseFullSpeed();
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), "50");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        UI.getCurrent().navigate(RunsView.class);
        @SuppressWarnings("unchecked")
        Grid<RunRow> grid = _get(Grid.class);
        Run newest = GridKt._get(grid, 0).run();
        assertThat(newest.getTitle()).isEqualTo("Seed example, learning rate 0.1");
        assertThat(newest.getStatus().label()).isEqualTo("Completed");
        assertThat(newest.getEpochsDone()).isEqualTo(50);
    }

    @Test
    void aLearningRateOfZeroIsRefusedBesideTheField() {
        NumberInput learningRate = _get(NumberInput.class, spec -> spec.withLabel("Learning rate"));
        _setValue(learningRate, "0.0");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(learningRate.isInvalid()).isTrue();
        assertThat(learningRate.getErrorMessage()).isEqualTo("The learning rate must be greater than 0");
        assertThat(_get(Span.class, spec -> spec.withClasses("run-status")).getText()).isEqualTo("Press Train to start.");
    }

    @Test
    void aNegativeLearningRateIsRefused() {
        NumberInput learningRate = _get(NumberInput.class, spec -> spec.withLabel("Learning rate"));
        _setValue(learningRate, "-0.5");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(learningRate.getErrorMessage()).isEqualTo("The learning rate must be greater than 0");
    }

    @Test
    void tooManyEpochsAreRefusedWithTheLimit() {
        NumberInput epochs = _get(NumberInput.class, spec -> spec.withLabel("Epochs"));
        _setValue(epochs, "5000000");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(epochs.isInvalid()).isTrue();
        assertThat(epochs.getErrorMessage()).isEqualTo("Epochs must be between 1 and 100,000");
    }

    @Test
    void aMissingOrNonNumericWeightIsRefused() {
        // A text such as "abc" in a number field reaches the server as an empty value.
        NumberInput weight = _get(NumberInput.class, spec -> spec.withLabel("W1[1,2]"));
        _setValue(weight, "");
        _click(_get(Button.class, spec -> spec.withText("Train")));

        assertThat(weight.isInvalid()).isTrue();
        assertThat(weight.getErrorMessage()).isEqualTo("Enter a number");
    }

    @Test
    void resetPutsTheExampleBackAndClearsMessages() {
        NumberInput learningRate = _get(NumberInput.class, spec -> spec.withLabel("Learning rate"));
        _setValue(learningRate, "0.0");
        _click(_get(Button.class, spec -> spec.withText("Train")));
        _click(_get(Button.class, spec -> spec.withText("Reset to the example")));

        assertThat(learningRate.getNumber()).isEqualTo(0.1);
        assertThat(learningRate.isInvalid()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static void chooseFullSpeed() {
        Select<Object> speed = _get(Select.class, spec -> spec.withLabel("Speed"));
        Object full = speed.getListDataView().getItems().filter(s -> s.toString().equals("FULL")).findFirst().orElseThrow();
        _setValue(speed, full);
    }
}
