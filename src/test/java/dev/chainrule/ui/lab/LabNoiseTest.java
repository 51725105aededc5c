package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.data.Checksum;
import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RecordedData;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.NumberInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The Lab's noise and data seed for a generated dataset: new points when changed, recorded by the run. */
@Import(AbstractAppTest.SynchronousTraining.class)
class LabNoiseTest extends AbstractAppTest {
    @Autowired
    RunService runs;
    @Autowired
    DatasetService datasets;

    @BeforeEach
    void openLab() {
        UI.getCurrent().navigate(LabView.class);
    }

    @Test
    void aGeneratedDatasetShowsItsNoiseAndSeedAndOthersHideThem() {
        assertThat(noiseControl().isVisible()).as("the Lab opens on two spirals").isTrue();
        assertThat(noiseLabel()).isEqualTo("Noise 5 %");
        assertThat(seedField().getValue()).isEqualTo("2");

        choose("Dataset", "Gaussian blobs");
        assertThat(noiseLabel()).isEqualTo("Noise 15 %");
        assertThat(seedField().getValue()).isEqualTo("3");

        choose("Dataset", "Iris");
        assertThat(_find(NoiseControl.class)).as("no visible noise control").isEmpty();
        assertThat(picker().synthetic()).isNull();
        choose("Dataset", "XOR");
        assertThat(_find(NoiseControl.class)).as("XOR is its four points, not a cloud").isEmpty();
        choose("Dataset", "Noisy curve");
        assertThat(noiseLabel()).isEqualTo("Noise 15 %");
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheNoiseOrTheSeedDrawsNewPointsAndKeepsTheOtherSettings() {
        BoundaryChart boundary = _get(BoundaryChart.class);
        int sent = boundary.getPointUpdates();
        PreparedData shipped = picker().prepared();
        Select<LossKind> loss = _get(Select.class, s -> s.withLabel("Loss"));
        _setValue(loss, LossKind.MSE);

        _setValue(_get(RangeInput.class), 30.0);

        assertThat(noiseLabel()).isEqualTo("Noise 30 %");
        assertThat(picker().synthetic()).isEqualTo(new SyntheticSettings(30, 2));
        assertThat(java.util.Arrays.deepEquals(picker().prepared().train().x(), shipped.train().x())).isFalse();
        assertThat(boundary.getPointUpdates()).as("the new points, once").isEqualTo(sent + 1);
        assertThat(loss.getValue()).as("only the points change, not the settings chosen for them").isEqualTo(LossKind.MSE);

        PreparedData noisy = picker().prepared();
        _setValue(seedField(), "77");
        assertThat(java.util.Arrays.deepEquals(picker().prepared().train().x(), noisy.train().x())).isFalse();
        _setValue(seedField(), "2");
        assertThat(picker().prepared().train().x()).as("the same noise and seed, the same points")
                .isDeepEqualTo(noisy.train().x());

        _click(_get(Button.class, s -> s.withText("New data")));
        assertThat(seedField().getValue()).isNotEqualTo("2");
        assertThat(picker().synthetic().seed()).isEqualTo(Integer.parseInt(seedField().getValue()));
        assertThat(boundary.getPointUpdates()).isEqualTo(sent + 4);
    }

    @Test
    void aBadSeedSaysWhyAndKeepsThePointsShown() {
        PreparedData shown = picker().prepared();
        _setValue(seedField(), "-3");

        assertThat(seedField().getErrorMessage()).isEqualTo("The data seed must be between 0 and 2,147,483,647");
        assertThat(picker().synthetic()).isEqualTo(new SyntheticSettings(5, 2));
        assertThat(picker().prepared()).isSameAs(shown);
    }

    @Test
    void theRunRecordsTheNoiseAndEditAndRunAgainDrawsTheSamePoints() {
        _setValue(_get(RangeInput.class), 25.0);
        _setValue(seedField(), "42");
        PreparedData trainedOn = picker().prepared();
        _setValue(_get(NumberInput.class, s -> s.withLabel("Epochs")), "3");
        _click(_get(Button.class, s -> s.withText("Train")));

        Run run = runs.listNewestFirst(me()).get(0);
        ExperimentSpec spec = runs.details(me(), run.getId()).spec();
        assertThat(spec.data().synthetic()).isEqualTo(new SyntheticSettings(25, 42));
        assertThat(spec.data().checksum()).isEqualTo(Checksum.sha256(
                SyntheticDataset.SPIRALS.csv(new SyntheticSettings(25, 42)).getBytes(StandardCharsets.UTF_8)));
        // the run's page, its pictures and its repeats find the same bytes again: no "the file changed"
        RecordedData recorded = RecordedData.of(spec.data(), run.getOwnerId(), datasets);
        assertThat(recorded.problem()).isNull();
        assertThat(recorded.prepared().trainRows().length + recorded.prepared().validationRows().length)
                .isEqualTo(trainedOn.train().rows());

        UI.getCurrent().navigate(LabView.class, QueryParameters.of(LabView.FROM, Long.toString(run.getId())));
        assertThat(noiseLabel()).isEqualTo("Noise 25 %");
        assertThat(seedField().getValue()).isEqualTo("42");
        assertThat(picker().prepared().train().x()).isDeepEqualTo(trainedOn.train().x());
    }

    private static DatasetPicker picker() {
        return _get(DatasetPicker.class);
    }

    private static NoiseControl noiseControl() {
        return _get(NoiseControl.class);
    }

    private static String noiseLabel() {
        return _get(Span.class, s -> s.withClasses("noise-level")).getText();
    }

    private static NumberInput seedField() {
        return _get(NumberInput.class, s -> s.withLabel("Data seed"));
    }
}
