package dev.chainrule.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.BuiltInDatasets;
import dev.chainrule.data.ColumnType;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every data decision travels in the experiment JSON, and the same JSON gives the same batches again. */
class ExperimentDataRepeatTest {

    @Test
    void preparingFromTheExportedJsonGivesIdenticalArrays() {
        byte[] iris = BuiltInDatasets.byId("iris").bytes();
        DataOptions options = DataOptions.defaults().withTarget("species").withTask(Task.MULTICLASS)
                .withStandardize(true).withValidation(0.25, 7).withColumnType("sepal_width", ColumnType.IGNORED)
                .withMissingValues(MissingValueRule.IMPUTE);
        ExperimentData data = new ExperimentData(options, "builtin:iris", DatasetService.sha256(iris), null);
        List<LayerSpec> layers = List.of(new DenseSpec(8, Activation.RELU), new DenseSpec(3, Activation.SOFTMAX));
        ExperimentSpec spec = new ExperimentSpec("Iris", data, layers, new TrainingConfig(LossKind.CROSS_ENTROPY,
                AdamSpec.withDefaults(0.01), 16, 10, true, 5), Init.HE, List.of());

        String json = ExperimentJson.write(spec);
        ExperimentSpec back = ExperimentJson.read(json);

        assertThat(json).contains("\"dataset\" : \"builtin:iris\"", "\"checksum\" : \"" + DatasetService.sha256(iris),
                "\"validationFraction\" : 0.25", "\"splitSeed\" : 7", "\"standardize\" : true",
                "\"sepal_width\" : \"ignored\"", "\"missingValues\" : \"impute\"");
        assertThat(back.data()).isEqualTo(data);
        PreparedData first = DataPreparation.prepare(data, iris, "iris.csv", ImportLimits.DEFAULTS);
        PreparedData again = DataPreparation.prepare(back.data(), iris, "iris.csv", ImportLimits.DEFAULTS);
        assertThat(again.train().x()).isDeepEqualTo(first.train().x());
        assertThat(again.train().y()).isDeepEqualTo(first.train().y());
        assertThat(again.validation().x()).isDeepEqualTo(first.validation().x());
        assertThat(again.featureNames()).isEqualTo(first.featureNames()).doesNotContain("sepal_width");
        assertThat(again.classLabels()).containsExactly("setosa", "versicolor", "virginica");
    }
}
