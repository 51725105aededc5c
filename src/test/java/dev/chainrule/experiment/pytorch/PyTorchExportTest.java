package dev.chainrule.experiment.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator itself: the parity cases a CSV cannot carry (two regression targets), exported from their
 * prepared rows and run under PyTorch; and what the script says, for a learner and against a hostile title.
 */
class PyTorchExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> twoTargetCases() throws IOException {
        try (InputStream in = PyTorchExportTest.class.getResourceAsStream("/parity/parity_fixtures.json")) {
            return StreamSupport.stream(JSON.readTree(in).get("cases").spliterator(), false)
                    .filter(c -> c.at("/data/y/0").size() == 2 && c.at("/training/loss").asText().equals("mse"))
                    .map(c -> Arguments.of(c.get("name").asText(), c)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoTargetCases")
    void aCaseWithTwoTargetsTrainsTheSameInPyTorch(String name, JsonNode fixture) throws Exception {
        ExperimentSpec spec = ExperimentJson.read(experiment(fixture));
        TrainingData rows = new TrainingData(matrix(fixture.at("/data/x")), matrix(fixture.at("/data/y")));
        PreparedData data = new PreparedData(rows, null, "y", Task.REGRESSION, List.of("x1", "x2", "x3"), List.of(),
                new double[3], new double[] {1, 1, 1}, new int[0], new int[0], 0, 0, Map.of(), List.of());
        List<Double> engine = new ArrayList<>();
        new Trainer().fit(spec.createNetwork(3), rows, spec.training(), (m, n) -> engine.add(m.trainLoss()),
                new RunControl());

        JsonNode script = TorchScript.run(write(PyTorchExport.of(spec, data, "run.py")));

        TorchScript.assertSameLosses(script, engine);
        List<Double> pytorch = new ArrayList<>();
        fixture.get("epochLoss").forEach(l -> pytorch.add(l.asDouble()));
        TorchScript.assertSameLosses(script, pytorch); // and PyTorch's own run of the case
    }

    @Test
    void aPlainRunReadsAsAPyTorchUserWritesItWithoutTheGeneratorItDoesNotNeed() {
        String script = seed("Seed example").script();

        assertThat(script).contains("loss.backward()", "optimizer.step()", "optimizer.zero_grad()",
                "return torch.optim.SGD(network.parameters(), lr=0.1)", "return F.mse_loss(output, y)",
                "Dense(INITIAL_WEIGHTS[0], \"sigmoid\"),  # 2 inputs → 2 units");
        assertThat(script).doesNotContain("SplitMix64", "class Dropout", "SEED =", "L1", "clip_grad", "{{", "#if", "#end");
    }

    @Test
    void aTitleIsAStringLiteralWhateverItHolds() {
        String title = "\"\"\"\nimport os; os.system('rm -rf ~') # \\ \u2028 caf\u00e9 \u202e";
        String script = seed(title).script();

        assertThat(script).contains("TITLE = \"\\\"\\\"\\\"\\u000aimport os; os.system('rm -rf ~') # \\\\ \\u2028 café "
                + "\\u202e\"\n");
        assertThat(script).doesNotContain("\nimport os;");
    }

    @Test
    void aFileNameThatIsNotPlainIsRefused() {
        ExperimentSpec spec = ExperimentJson.read(seedJson("Seed"));
        PreparedData data = DataPreparation.prepareInline(spec.data());

        assertThatThrownBy(() -> PyTorchExport.of(spec, data, "run\".py")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be plain");
    }

    @Test
    void aHeaderNameCannotStartAFormulaOrBreakTheRow() {
        assertThat(PreparedRowsCsv.field("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(PreparedRowsCsv.field("a,\"b\"\nc")).isEqualTo("\"a,\"\"b\"\"\nc\"");
        assertThat(PreparedRowsCsv.field("petal_width")).isEqualTo("petal_width");
    }

    private static PyTorchExport seed(String title) {
        ExperimentSpec spec = ExperimentJson.read(seedJson(title));
        return PyTorchExport.of(spec, DataPreparation.prepareInline(spec.data()), "run.py");
    }

    private static String seedJson(String title) {
        try {
            JsonNode seed = JSON.readTree(Files.readString(Path.of("src", "test", "resources", "cli", "seed.json")));
            ((ObjectNode) seed).put("title", title);
            return JSON.writeValueAsString(seed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(PyTorchExport export) throws IOException {
        Files.writeString(dir.resolve(export.dataFileName()), export.dataCsv());
        return Files.writeString(dir.resolve(export.scriptName()), export.script());
    }

    // the case's layers, settings and initial weights as an experiment (its rows come prepared)
    private static String experiment(JsonNode fixture) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", "chainrule-experiment/1").put("title", fixture.get("name").asText());
        root.set("data", JSON.valueToTree(Map.of("target", "y", "task", "regression")));
        root.putObject("network").set("layers", fixture.at("/network/layers"));
        ObjectNode training = fixture.get("training").deepCopy();
        training.put("init", "explicit").put("seed", 1);
        root.set("training", training);
        root.set("weights", fixture.get("initialWeights"));
        return JSON.writeValueAsString(root);
    }

    private static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[rows.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = rows.get(i).get(j).asDouble();
            }
        }
        return m;
    }
}
