package dev.chainrule.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExperimentJsonTest {

    @Test
    void anExperimentSurvivesARoundTripThroughItsJson() {
        ExperimentSpec spec = SeedSpecs.seedSpec(1000);
        String json = ExperimentJson.write(spec);
        ExperimentSpec back = ExperimentJson.read(json);

        assertThat(ExperimentJson.write(back)).isEqualTo(json);
        assertThat(json).contains("\"format\" : \"chainrule-experiment/1\"", "\"learningRate\" : 0.1",
                "\"activation\" : \"sigmoid\"", "\"init\" : \"explicit\"");
        assertThat(back.weights().get(0).W()[0]).containsExactly(0.3, 0.7);
    }

    @Test
    void aMalformedFileIsReportedWithItsLineAndColumn() {
        assertThatThrownBy(() -> ExperimentJson.read("{\"format\": \"chainrule-experiment/1\",\n \"title\": }"))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessageStartingWith("not valid JSON at line 2, column");
    }

    @Test
    void aWrongValueNamesTheField() {
        String json = ExperimentJson.write(SeedSpecs.seedSpec(10)).replace("\"learningRate\" : 0.1",
                "\"learningRate\" : \"fast\"");
        assertThatThrownBy(() -> ExperimentJson.read(json)).hasMessage("training.optimizer.learningRate: a number is required");
    }

    @Test
    void weightsOfTheWrongShapeAreRefusedWithTheEnginesMessage() {
        String json = ExperimentJson.write(SeedSpecs.seedSpec(10)).replace("\"b\" : [ 0.1, 0.1 ]",
                "\"b\" : [ 0.1 ]");
        assertThatThrownBy(() -> ExperimentJson.read(json)).isInstanceOf(ExperimentFormatException.class)
                .hasMessage("weights[0]: b must have 2 entries (one per unit), had 1");
    }
}
