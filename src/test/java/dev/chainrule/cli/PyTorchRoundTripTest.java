package dev.chainrule.cli;

import static dev.chainrule.experiment.pytorch.TorchScript.assertSameEpochs;
import static dev.chainrule.experiment.pytorch.TorchScript.assertSameWeights;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.experiment.pytorch.TorchScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance 4 from the command line: {@code export --format pytorch} of an experiment and its CSV, run under
 * PyTorch, trains what {@code train} trains — each epoch's loss and the final weights to 1e-9 relative. The
 * parity cases (src/test/resources/parity, PyTorchParityTest: every optimizer, loss, clipping, weight decay,
 * L1, computed inputs) and runs that shuffle and drop out, with validation rows, early stopping, text
 * categories and random initial weights. (The two parity cases with two regression outputs cannot be a CSV with
 * one target column: PyTorchExportTest exports them from their prepared rows.)
 */
class PyTorchRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    static Stream<Arguments> parityCases() throws IOException {
        try (InputStream in = PyTorchRoundTripTest.class.getResourceAsStream("/parity/parity_fixtures.json")) {
            return StreamSupport.stream(JSON.readTree(in).get("cases").spliterator(), false)
                    .filter(c -> !isManyValued(c))
                    .map(c -> Arguments.of(c.get("name").asText(), c)).toList().stream();
        }
    }

    /** A regression case with more than one target column, which a CSV with one target cannot hold. */
    static boolean isManyValued(JsonNode fixture) {
        return fixture.at("/training/loss").asText().equals("mse") && fixture.at("/data/y/0").size() > 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parityCases")
    void aParityCaseExportedFromTheCommandLineTrainsTheSameInPyTorch(String name, JsonNode fixture) throws Exception {
        Path experiment = Files.writeString(dir.resolve("experiment.json"), JSON.writeValueAsString(experiment(fixture)));
        Path csv = Files.writeString(dir.resolve("rows.csv"), csv(fixture));

        roundTrip(experiment, csv);
    }

    @Test
    void circlesWithComputedInputsTwoDropoutsShufflingAndValidation() throws Exception {
        roundTrip(experiment("""
                "data": {"dataset": "builtin:circles", "target": "y", "task": "binary", "standardize": true,
                         "validationFraction": 0.2, "splitSeed": 5, "inputFeatures": ["x1^2", "x2^2"]},
                "network": {"layers": [{"type": "dense", "units": 6, "activation": "tanh"},
                                       {"type": "dropout", "rate": 0.3},
                                       {"type": "dense", "units": 5, "activation": "relu"},
                                       {"type": "dropout", "rate": 0.5},
                                       {"type": "dense", "units": 1, "activation": "sigmoid"}]},
                "training": {"loss": "bce", "optimizer": {"type": "adam", "learningRate": 0.01},
                             "batchSize": 16, "epochs": 12, "shuffle": true, "init": "xavier", "seed": -9001}
                """), null);
    }

    @Test
    void blobsWithDropoutOnTheInputsAnOddMaskClippingDecayL1AndEarlyStopping() throws Exception {
        // batches of 7 rows × 5 units: masks of an odd length, whose last value takes a draw of its own
        JsonNode script = roundTrip(experiment("""
                "data": {"dataset": "builtin:blobs", "target": "class", "task": "multiclass",
                         "validationFraction": 0.25, "splitSeed": 2},
                "network": {"layers": [{"type": "dropout", "rate": 0.2},
                                       {"type": "dense", "units": 5, "activation": "leaky_relu"},
                                       {"type": "dropout", "rate": 0.25},
                                       {"type": "dense", "units": 3, "activation": "softmax"}]},
                "training": {"loss": "cross_entropy", "optimizer": {"type": "sgd", "learningRate": 0.1, "momentum": 0.9},
                             "batchSize": 7, "epochs": 40, "shuffle": true, "init": "he", "seed": 7,
                             "gradientClipping": {"mode": "norm", "threshold": 0.5}, "weightDecay": 0.001, "l1": 0.001,
                             "earlyStopping": {"patience": 2, "minDelta": 0.0}}
                """), null);
        assertThat(script.get("status").asText()).isEqualTo("stopped_early");
    }

    @Test
    void aCurveOneExampleAtATimeWithDropout() throws Exception {
        roundTrip(experiment("""
                "data": {"dataset": "builtin:curve", "target": "y", "task": "regression"},
                "network": {"layers": [{"type": "dense", "units": 8, "activation": "tanh"},
                                       {"type": "dropout", "rate": 0.5},
                                       {"type": "dense", "units": 1, "activation": "linear"}]},
                "training": {"loss": "mse", "optimizer": {"type": "sgd", "learningRate": 0.02, "momentum": 0.0},
                             "batchSize": 1, "epochs": 4, "shuffle": true, "init": "xavier", "seed": 3,
                             "gradientClipping": {"mode": "value", "threshold": 0.1}}
                """), null);
    }

    @Test
    void aFileWithTextCategoriesAndMissingValuesShuffled() throws Exception {
        roundTrip(TrainCommandTest.EXAMPLES.resolve("commute.json"), TrainCommandTest.EXAMPLES.resolve("commute.csv"));
    }

    // export and train the same files; the script's losses, validation losses and weights are the engine's
    private JsonNode roundTrip(Path experiment, Path csv) throws Exception {
        Path scriptFile = dir.resolve("run.py");
        Path engineResult = dir.resolve("engine.json");
        List<String> input = new ArrayList<>(List.of("--experiment", experiment.toString()));
        if (csv != null) {
            input.addAll(List.of("--data", csv.toString()));
        }
        assertThat(cli("export", input, "--format", "pytorch", "--out", scriptFile.toString())).as(err.toString()).isZero();
        assertThat(dir.resolve("run-data.csv")).exists();
        assertThat(cli("train", input, "--out", engineResult.toString(), "--quiet")).as(err.toString()).isIn(0, 3);
        JsonNode engine = JSON.readTree(engineResult.toFile());

        JsonNode script = TorchScript.run(scriptFile);

        assertThat(script.get("status")).isEqualTo(engine.get("status"));
        assertSameEpochs(script, engine.get("epochs"));
        assertSameWeights(script, engine.get("weights"));
        return script;
    }

    private int cli(String command, List<String> input, String... options) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(input);
        args.addAll(List.of(options));
        return ChainruleCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
    }

    private Path experiment(String body) throws IOException {
        return Files.writeString(dir.resolve("experiment.json"),
                "{\"format\": \"chainrule-experiment/1\", \"title\": \"Round trip\",\n" + body + "}");
    }

    // a parity case as the experiment format writes it: its layers, settings and initial weights, the
    // CSV's columns x1, x2[, x3] and y, and its computed inputs and standardising
    private static ObjectNode experiment(JsonNode fixture) {
        ObjectNode root = JSON.createObjectNode().put("format", "chainrule-experiment/1")
                .put("title", fixture.get("name").asText());
        String loss = fixture.at("/training/loss").asText();
        ObjectNode data = root.putObject("data").put("target", "y")
                .put("task", loss.equals("bce") ? "binary" : loss.equals("cross_entropy") ? "multiclass" : "regression")
                .put("standardize", fixture.at("/data/standardize").asBoolean(false));
        if (fixture.at("/data/inputFeatures").isArray()) {
            data.set("inputFeatures", fixture.at("/data/inputFeatures"));
        }
        root.putObject("network").set("layers", fixture.at("/network/layers"));
        ObjectNode training = fixture.get("training").deepCopy();
        training.put("init", "explicit").put("seed", 1);
        root.set("training", training);
        root.set("weights", fixture.get("initialWeights"));
        return root;
    }

    // x1,x2[,x3],y with the doubles as Java writes them; a class as its index
    private static String csv(JsonNode fixture) {
        JsonNode x = fixture.at("/data/x");
        JsonNode y = fixture.at("/data/y");
        boolean classes = fixture.at("/training/loss").asText().equals("cross_entropy");
        StringBuilder csv = new StringBuilder();
        for (int j = 0; j < x.get(0).size(); j++) {
            csv.append('x').append(j + 1).append(',');
        }
        csv.append("y\n");
        for (int i = 0; i < x.size(); i++) {
            x.get(i).forEach(v -> csv.append(v.asDouble()).append(','));
            List<Double> target = new ArrayList<>();
            y.get(i).forEach(v -> target.add(v.asDouble()));
            // a one-hot row's class is where its 1 is
            csv.append(classes ? Integer.toString(target.indexOf(1.0)) : Double.toString(target.get(0))).append('\n');
        }
        return csv.toString();
    }
}
