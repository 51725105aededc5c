package dev.chainrule.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code train} command: results, exit codes and one-line errors (docs/FORMATS.md). */
class TrainCommandTest {
    static final Path EXAMPLES = Path.of("src", "test", "resources", "cli");
    static final Path BENCH_DATA = Path.of("..", "shared", "bench", "data");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theSeedExampleTrainsHeadlessWithTheSeedsNumbers() throws Exception {
        Path result = dir.resolve("result.json");
        int code = train("--experiment", EXAMPLES.resolve("seed.json").toString(), "--out", result.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.get("format").asText()).isEqualTo("chainrule-result/1");
        assertThat(json.get("status").asText()).isEqualTo("completed");
        assertThat(json.get("epochs")).hasSize(1000);
        assertThat(json.get("epochs").get(0).get("trainLoss").asDouble()).isEqualTo(0.10270716914594588);
        assertThat(json.get("weights").get(0).get("W")).hasSize(2);
        assertThat(err.toString()).contains("epoch 1/1000  loss 0.102707", "epoch 1000/1000");
    }

    @Test
    void theCirclesWorkloadTrainsOnItsCsvAndLearns() throws Exception {
        int code = train("--experiment", EXAMPLES.resolve("circles.json").toString(),
                "--data", BENCH_DATA.resolve("w2_circles.csv").toString(), "--quiet");

        assertThat(code).as(err.toString()).isZero();
        JsonNode epochs = new ObjectMapper().readTree(out.toString()).get("epochs");
        assertThat(epochs).hasSize(40);
        assertThat(epochs.get(39).get("validationAccuracy").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void theDigitsWorkloadTrainsWithStandardisationAndValidation() throws Exception {
        int code = train("--experiment", EXAMPLES.resolve("digits.json").toString(),
                "--data", BENCH_DATA.resolve("w3_digits.csv").toString(), "--quiet");

        assertThat(code).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("status").asText()).isIn("completed", "stopped_early");
        JsonNode last = result.get("epochs").get(result.get("epochs").size() - 1);
        assertThat(last.get("validationAccuracy").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void aRealWorldFileWithTextCategoriesTrains() throws Exception {
        // commute.csv: text categories (one-hot), a quoted field with a comma, a missing value, CRLF.
        int code = train("--experiment", EXAMPLES.resolve("commute.json").toString(),
                "--data", EXAMPLES.resolve("commute.csv").toString(), "--quiet");

        assertThat(code).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("epochs")).hasSize(60);
        // inputs: commute (4 one-hot) + distance + weather (3 plain + "…, windy" ones) — all through the importer
        assertThat(result.get("weights").get(0).get("W").size()).isGreaterThan(8);
        assertThat(result.get("epochs").get(59).get("validationAccuracy").asDouble()).isGreaterThan(0.7);
    }

    @Test
    void aMalformedExperimentIsOneLineAndExitCodeTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"chainrule-experiment/1\",\n \"title\": ");

        assertThat(train("--experiment", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: not valid JSON at line 2").hasLineCount(1);
    }

    @Test
    void aBrokenCsvNamesItsLineAndExitsWithTwo() throws Exception {
        Path csv = Files.writeString(dir.resolve("ragged.csv"), "x1,x2,label\n0.1,0.2,0\n0.3,1\n");

        assertThat(train("--experiment", EXAMPLES.resolve("circles.json").toString(), "--data", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ").containsIgnoringCase("line 3").hasLineCount(1);
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(train("--experiment", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: --experiment: no such file: " + dir.resolve("nope.json") + "\n");
    }

    @Test
    void aDivergingRunWritesItsResultAndExitsWithThree() throws Exception {
        // A linear network with a far too large learning rate: every step overshoots more.
        String huge = Files.readString(EXAMPLES.resolve("seed.json")).replace("\"learningRate\": 0.1", "\"learningRate\": 1e3")
                .replace("\"sigmoid\"", "\"linear\"");
        Path experiment = Files.writeString(dir.resolve("huge.json"), huge);

        int code = train("--experiment", experiment.toString(), "--quiet");

        assertThat(code).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(out.toString()).get("status").asText()).isEqualTo("diverged");
    }

    @Test
    void aGeneratedBuiltInDatasetIsDrawnWithTheExperimentsNoiseAndSeedWithoutAFile() throws Exception {
        // what the Lab records for circles drawn at 20 % noise with seed 9; the target is circles' "y"
        String json = Files.readString(EXAMPLES.resolve("circles.json")).replace("\"target\": \"label\"",
                "\"dataset\": \"builtin:circles\", \"synthetic\": {\"noise\": 20, \"seed\": 9}, \"target\": \"y\"")
                .replace("\"epochs\": 40", "\"epochs\": 3");
        Path experiment = Files.writeString(dir.resolve("noisy.json"), json);
        Path drawn = Files.writeString(dir.resolve("drawn.csv"),
                SyntheticDataset.CIRCLES.csv(new SyntheticSettings(20, 9)));

        assertThat(train("--experiment", experiment.toString(), "--quiet")).as(err.toString()).isZero();
        String withoutFile = out.toString();
        out.getBuffer().setLength(0);
        assertThat(train("--experiment", experiment.toString(), "--data", drawn.toString(), "--quiet")).isZero();

        assertThat(learned(withoutFile)).as("the same losses and weights: the same rows").isEqualTo(learned(out.toString()));
        out.getBuffer().setLength(0);
        assertThat(train("--experiment", Files.writeString(dir.resolve("other.json"),
                json.replace("\"seed\": 9", "\"seed\": 10")).toString(), "--quiet")).isZero();
        assertThat(learned(out.toString())).as("another data seed, other rows").isNotEqualTo(learned(withoutFile));
    }

    /** A result without its timings (seconds differ from run to run): what the rows decide. */
    private static JsonNode learned(String result) throws Exception {
        JsonNode json = new ObjectMapper().readTree(result);
        json.get("epochs").forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("seconds"));
        return json;
    }

    private int train(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "train";
        System.arraycopy(args, 0, all, 1, args.length);
        return ChainruleCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
