package dev.chainrule.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** training.l1 and data.inputFeatures in the experiment JSON (docs/FORMATS.md): written, read back, refused when wrong. */
class PlaygroundSettingsJsonTest {
    /** A double whose decimal form is easy to get wrong. */
    private static final double SUM = 0.1 + 0.2;

    private static ExperimentSpec spec(double l1, List<InputFeature> computed) {
        var data = ExperimentData.inline("x1,x2,y\n0.5,0.8,1\n-1,2,0\n", DataOptions.defaults().withTarget("y")
                .withTask(Task.BINARY).withInputFeatures(computed));
        var training = new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 0, 5, false, 42).withL1(l1);
        return new ExperimentSpec("Playground", data, List.<LayerSpec>of(new DenseSpec(1, Activation.SIGMOID)), training,
                Init.XAVIER, null);
    }

    @Test
    void givenL1AndInputFeaturesWhenWrittenAndReadBackThenBothAreKeptExactlyAndTheDataIsPreparedTheSame() {
        ExperimentSpec spec = spec(SUM, List.of(InputFeature.SIN_X2, InputFeature.X1_SQUARED));

        String json = ExperimentJson.write(spec);
        ExperimentSpec back = ExperimentJson.read(json);

        assertThat(json).contains("\"l1\" : 0.30000000000000004", "\"inputFeatures\" : [ \"x1^2\", \"sin(x2)\" ]");
        assertThat(back.training().l1()).isEqualTo(SUM);
        assertThat(back.data().options().inputFeatures()).containsExactly(InputFeature.X1_SQUARED, InputFeature.SIN_X2);
        assertThat(ExperimentJson.write(back)).isEqualTo(json);
        // a run's page, fork or export prepares the stored experiment's data: the same four inputs
        PreparedData prepared = DataPreparation.prepareInline(back.data());
        assertThat(prepared.featureNames()).containsExactly("x1", "x2", "x1^2", "sin(x2)");
        assertThat(prepared.train().x()[1]).containsExactly(-1, 2, 1, Math.sin(2));
        assertThat(SettingRows.besidesLayers(back)).contains(new SettingRows.Setting("L1", "0.3"),
                new SettingRows.Setting("Input features", "x1^2, sin(x2)"));
    }

    @Test
    void givenNeitherWhenWrittenThenTheOptionalFieldsAreLeftOutAndReadAsOff() {
        String json = ExperimentJson.write(spec(0.0, List.of()));

        assertThat(json).doesNotContain("\"l1\"", "inputFeatures");
        ExperimentSpec back = ExperimentJson.read(json);
        assertThat(back.training().l1()).isZero();
        assertThat(back.data().options().inputFeatures()).isEmpty();
        assertThat(SettingRows.besidesLayers(back)).contains(new SettingRows.Setting("L1", "none"),
                new SettingRows.Setting("Input features", "none"));
    }

    @Test
    void givenAWrongValueThenTheMessageNamesTheFieldAndWhatWouldDo() {
        String l1 = ExperimentJson.write(spec(0.5, List.of(InputFeature.SIN_X1)));
        String features = "\"inputFeatures\" : [ \"sin(x1)\" ]";

        assertThatThrownBy(() -> ExperimentJson.read(l1.replace("\"l1\" : 0.5", "\"l1\" : -0.5")))
                .hasMessage("training: L1 must be 0 (off) or a positive finite number, was -0.5");
        assertThatThrownBy(() -> ExperimentJson.read(l1.replace("\"l1\" : 0.5", "\"l1\" : \"much\"")))
                .hasMessage("training.l1: a number is required");
        assertThatThrownBy(() -> ExperimentJson.read(l1.replace(features, "\"inputFeatures\" : [ \"sin(x1)\", \"x3\\n\" ]")))
                .hasMessage("data.inputFeatures[1]: unknown input feature 'x3\\n': use any of x1^2, x2^2, x1*x2, sin(x1), sin(x2)");
        assertThatThrownBy(() -> ExperimentJson.read(l1.replace(features, "\"inputFeatures\" : [ \"sin(x1)\", \"sin(x1)\" ]")))
                .hasMessage("data.inputFeatures[1]: sin(x1) is listed twice; list each at most once");
        assertThatThrownBy(() -> ExperimentJson.read(l1.replace(features, "\"inputFeatures\" : \"sin(x1)\"")))
                .hasMessage("data.inputFeatures: a list is required");
        assertThatThrownBy(() -> ExperimentJson.read(l1.replace(features, "\"inputFeatures\" : [ 2 ]")))
                .hasMessage("data.inputFeatures[0]: a text value is required, one of x1^2, x2^2, x1*x2, sin(x1), sin(x2)");
    }
}
