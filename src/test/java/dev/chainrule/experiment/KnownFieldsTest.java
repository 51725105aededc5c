package dev.chainrule.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.data.ColumnType;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every option set, so that every field the writers can write is written once. */
    private static ExperimentSpec everything() {
        DataOptions options = DataOptions.defaults().withTarget("y").withFeatures(List.of("a", "b"))
                .withTask(Task.MULTICLASS).withStandardize(true).withValidation(0.2, 7)
                .withColumnType("b", ColumnType.CATEGORICAL).withMissingValues(MissingValueRule.IMPUTE);
        var layers = List.<LayerSpec>of(new DenseSpec(4, Activation.RELU), new DropoutSpec(0.5),
                new DenseSpec(3, Activation.SOFTMAX));
        var training = new TrainingConfig(LossKind.CROSS_ENTROPY, new AdamSpec(0.01, 0.8, 0.99, 1e-7), 16, 50, true, 3,
                ClippingSpec.byNorm(2.0), 0.001, new EarlyStoppingSpec(5, 0.01), Task.MULTICLASS);
        return new ExperimentSpec("All options", new ExperimentData(options, "iris", "0".repeat(64), "a,b,y\n1,x,2\n"),
                layers, training, Init.HE, List.of());
    }

    @Test
    void everyFieldTheExperimentWriterWritesIsKnown() throws Exception {
        JsonNode written = JSON.readTree(ExperimentJson.write(everything()));

        assertThat(written.at("/data/columnTypes/b").asText()).isEqualTo("categorical");
        assertThat(written.at("/training/earlyStopping/patience").asInt()).isEqualTo(5);
        assertThatCode(() -> ExperimentJson.FIELDS.check(written, "")).doesNotThrowAnyException();
        assertThatCode(() -> ExperimentJson.FIELDS.check(JSON.readTree(ExperimentJson.write(SeedSpecs.seedSpec(3))), ""))
                .doesNotThrowAnyException();
    }

    @Test
    void everyFieldTheResultWriterWritesIsKnownAndTheHeadlessResultIsUnchanged() throws Exception {
        var epoch = new ResultJson.Epoch(1, 0.5, 0.4, 0.9, 0.8, new double[] {0.1}, 0.01, 0.7, 10L);
        var weights = SeedSpecs.seedSpec(3).weights();
        ObjectNode written = ResultJson.writeTree("completed", List.of(epoch), weights, "done");

        assertThatCode(() -> ResultJson.FIELDS.check(written, "")).doesNotThrowAnyException();
        assertThat(ResultJson.read(written, "result").epochs()).containsExactly(epoch);
        String headless = ResultJson.write("completed", List.of(new EpochMetrics(1, 0.5, new double[] {0.1}, 0.01)),
                weights, null);
        assertThat(headless).doesNotContain("samplePrediction", "elapsedMs").contains("\"seconds\" : 0.01");
    }

    @Test
    void aFieldNotKnownIsNamedWithItsPathAndTheFieldsThatAreKnownThere() throws Exception {
        JsonNode json = JSON.readTree(ExperimentJson.write(SeedSpecs.seedSpec(3)).replace("\"type\" : \"dense\"",
                "\"type\" : \"dense\", \"unit\" : 3"));

        assertThatThrownBy(() -> ExperimentJson.FIELDS.check(json, "experiment"))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessage("experiment.network.layers[0].unit: unknown field (a misspelling, or a file from a newer "
                        + "version?); the fields here are type, units, activation, rate");
    }

    @Test
    void aHostileNameIsShownShortAndWithoutControlCharacters() {
        assertThat(Fields.shown("x".repeat(100))).isEqualTo("x".repeat(40) + "…");
        assertThat(Fields.shown("a\nb\u202Ec")).isEqualTo("a?b?c");
    }
}
