package dev.chainrule.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.BuiltInDatasets;
import dev.chainrule.data.Checksum;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code data.synthetic}: the noise and seed a generated built-in dataset is drawn with, in the experiment JSON. */
class SyntheticDataJsonTest {

    @Test
    void noiseAndDataSeedSurviveARoundTripAndShowInTheSettings() {
        ExperimentSpec spec = circles(new SyntheticSettings(20, 7), null);
        String json = ExperimentJson.write(spec);
        ExperimentSpec back = ExperimentJson.read(json);

        assertThat(json).contains("\"synthetic\" : {\n      \"noise\" : 20,\n      \"seed\" : 7\n    }");
        assertThat(back.data().synthetic()).isEqualTo(new SyntheticSettings(20, 7));
        assertThat(ExperimentJson.write(back)).isEqualTo(json);
        assertThat(SettingRows.of(back)).contains(new SettingRows.Setting("Noise", "20 % of the outer ring's radius (1)"),
                new SettingRows.Setting("Data seed", "7"));
    }

    @Test
    void withoutTheFieldTheDatasetIsTheShippedFileAndItsDefaultsShow() {
        String json = ExperimentJson.write(circles(null, null));
        ExperimentSpec back = ExperimentJson.read(json);

        assertThat(json).doesNotContain("synthetic");
        assertThat(back.data().synthetic()).isNull();
        assertThat(SettingRows.of(back)).contains(new SettingRows.Setting("Noise", "8 % of the outer ring's radius (1)"),
                new SettingRows.Setting("Data seed", "1"));
        assertThat(SettingRows.of(SeedSpecs.seedSpec(1))).extracting(SettingRows.Setting::name).doesNotContain("Noise");
    }

    @Test
    void noiseOnADatasetWithoutAFormulaIsRefusedSayingWhatToDo() {
        String iris = ExperimentJson.write(circles(new SyntheticSettings(20, 7), null))
                .replace("\"builtin:circles\"", "\"builtin:iris\"");
        assertThatThrownBy(() -> ExperimentJson.read(iris)).isInstanceOf(ExperimentFormatException.class)
                .hasMessage("data.synthetic: noise and a data seed apply only to the generated built-in datasets "
                        + "(circles, spirals, blobs, curve), not to \"builtin:iris\": remove \"synthetic\", or choose "
                        + "one of those datasets");
        String upload = iris.replace("\"builtin:iris\"", "\"upload:3\"");
        assertThatThrownBy(() -> ExperimentJson.read(upload)).hasMessageContaining("not to \"upload:3\"");
        assertThatThrownBy(() -> new ExperimentData(DataOptions.defaults(), "inline", null, "x,y\n1,2\n",
                new SyntheticSettings(0, 1))).hasMessageContaining("not to rows carried in the experiment");
    }

    @Test
    void badNoiseOrSeedNamesTheField() {
        String json = ExperimentJson.write(circles(new SyntheticSettings(20, 7), null));
        assertThatThrownBy(() -> ExperimentJson.read(json.replace("\"noise\" : 20", "\"noise\" : 70")))
                .hasMessage("data.synthetic: noise must be a whole number of percent from 0 to 50, was 70");
        assertThatThrownBy(() -> ExperimentJson.read(json.replace("\"noise\" : 20", "\"noise\" : 0.2")))
                .hasMessage("data.synthetic.noise: a whole number is required");
        assertThatThrownBy(() -> ExperimentJson.read(json.replace("\"seed\" : 7", "\"seed\" : \"seven\"")))
                .hasMessage("data.synthetic.seed: a whole number is required");
        assertThatThrownBy(() -> ExperimentJson.read(json.replace("\"seed\" : 7", "\"seed\" : -7")))
                .hasMessage("data.synthetic: the data seed must be a whole number from 0 to 2147483647, was -7");
        assertThatThrownBy(() -> ExperimentJson.read(json.replace("\"synthetic\" : {", "\"synthetic\" : 3, \"x\" : {")))
                .hasMessageStartingWith("data.synthetic: an object");
        // an import reads strictly: a misspelt field inside is named, not ignored
        assertThatThrownBy(() -> ExperimentJson.FIELDS.check(UntrustedJson.parseObject(
                json.replace("\"noise\"", "\"nois\"").getBytes(StandardCharsets.UTF_8), 1 << 20, "experiment"), ""))
                .hasMessageStartingWith("data.synthetic.nois: unknown field");
    }

    @Test
    void theHeadlessCommandDrawsANamedGeneratedDatasetItselfAndChecksItsChecksum() {
        SyntheticSettings settings = new SyntheticSettings(35, 12);
        byte[] drawn = SyntheticDataset.CIRCLES.csv(settings).getBytes(StandardCharsets.UTF_8);
        ExperimentData data = circles(settings, Checksum.sha256(drawn)).data();

        PreparedData prepared = DataPreparation.prepareWithoutFile(data);
        PreparedData fromFile = DataPreparation.prepare(data, drawn, "circles.csv", dev.chainrule.data.ImportLimits.DEFAULTS);

        assertThat(prepared.train().x()).isDeepEqualTo(fromFile.train().x());
        assertThat(DataPreparation.prepareWithoutFile(new ExperimentData(data.options(), "builtin:iris", null, null))
                .train().rows()).isEqualTo(BuiltInDatasets.byId("iris").load().rows());
        ExperimentData otherBytes = circles(settings, Checksum.sha256(new byte[0])).data();
        assertThatThrownBy(() -> DataPreparation.prepareWithoutFile(otherBytes)).isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("data.checksum: the built-in dataset \"circles\" of this version is not the file");
        assertThatThrownBy(() -> DataPreparation.prepareWithoutFile(new ExperimentData(data.options(), "upload:4", null, null)))
                .hasMessageStartingWith("This experiment carries no rows of its own");
    }

    private static ExperimentSpec circles(SyntheticSettings settings, String checksum) {
        var layers = List.<LayerSpec>of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID));
        return new ExperimentSpec("Circles", new ExperimentData(DataOptions.defaults().withStandardize(true),
                "builtin:circles", checksum, null, settings), layers,
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 10, 5, true, 3), Init.XAVIER, List.of());
    }
}
