package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SeedSpecs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunExportJsonTest {
    private static final long LIMIT = 10L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Doubles whose decimal form is easy to get wrong. */
    private static final double SUM = 0.1 + 0.2;
    private static final double TINY = 1e-300;
    private static final double THIRD = 1.0 / 3.0;

    @Test
    void anExportedRunReadsBackWithEveryBitOfItsWeightsAndHistory() {
        RunExport run = finished(RunStatus.COMPLETED, null, history(), finalWeights(SUM));

        String json = RunExportJson.write(run);
        RunExport back = RunExportJson.read(bytes(json), LIMIT);

        assertSameRun(back, run);
        assertThat(RunExportJson.write(back)).isEqualTo(json);
        assertThat(json).contains("\"format\" : \"chainrule-run/1\"", "\"format\" : \"chainrule-experiment/1\"",
                "\"format\" : \"chainrule-result/1\"", "\"elapsedMs\" : 1500", "\"seconds\" : 0.25");
    }

    @Test
    void aDivergedRunKeepsItsAbsentNumbersAndItsNotANumberWeights() {
        List<EpochRecord> history = List.of(
                new EpochRecord(1, 0.7, null, null, null, 0.4, new double[] {0.5, 0.25}, 10),
                new EpochRecord(2, null, null, null, null, null, new double[] {Double.NaN, Double.NaN}, 20));
        RunExport run = finished(RunStatus.DIVERGED, "The loss became NaN at epoch 2.", history,
                finalWeights(Double.NaN));

        String json = RunExportJson.write(run);
        RunExport back = RunExportJson.read(bytes(json), LIMIT);

        assertSameRun(back, run);
        assertThat(json).doesNotContain("NaN\"", ": NaN").contains("\"trainLoss\" : null");
        assertThat(back.finalWeights().get(1).W()[0][0]).isNaN();
    }

    @Test
    void aFailedRunWithoutHistoryOrWeightsAndWithoutDatesReadsBack() {
        RunExport run = new RunExport("Failed", null, SeedSpecs.seedSpec(5), null, RunStatus.FAILED,
                "Training failed: out of memory", List.of(), List.of(), null, null);

        assertSameRun(RunExportJson.read(bytes(RunExportJson.write(run)), LIMIT), run);
    }

    @Test
    void aRunExportedWhileTrainingIsAStoppedRunThatSaysSo() {
        ExperimentSpec spec = SeedSpecs.seedSpec(10);
        Run live = new Run("Live", ExperimentJson.write(spec), RunStatus.RUNNING, Instant.parse("2026-01-02T03:04:05Z"));
        RunExport export = RunExport.of(new RunDetails(live, spec, history()), List.of(), null);

        assertThat(export.status()).isEqualTo(RunStatus.STOPPED);
        assertThat(export.message()).isEqualTo("Exported while running, after 3 of 10 epochs.");
        assertThat(RunExportJson.read(bytes(RunExportJson.write(export)), LIMIT).history()).hasSize(3);
    }

    @Test
    void aResultWithoutElapsedTimesAddsUpItsSeconds() {
        String json = RunExportJson.write(finished(RunStatus.COMPLETED, null, history(), List.of()))
                .replaceAll(",\\s*\"elapsedMs\" : \\d+", "");

        RunExport back = RunExportJson.read(bytes(json), LIMIT);

        assertThat(back.history()).extracting(EpochRecord::elapsedMs).containsExactly(1000L, 1250L, 1500L);
    }

    @Test
    void anImportAcceptsABareExperimentAsADesignButReadingARunDoesNot() {
        byte[] experiment = bytes(ExperimentJson.write(SeedSpecs.seedSpec(7)));

        ImportedFile imported = RunExportJson.readImport(experiment, LIMIT);

        assertThat(imported).isInstanceOf(ImportedFile.Design.class);
        assertThat(((ImportedFile.Design) imported).experiment().training().epochs()).isEqualTo(7);
        assertThatThrownBy(() -> RunExportJson.read(experiment, LIMIT)).isInstanceOf(ExperimentFormatException.class)
                .hasMessageStartingWith("This is an experiment (chainrule-experiment/1), not an exported run");
        byte[] run = bytes(RunExportJson.write(finished(RunStatus.COMPLETED, null, history(), List.of())));
        assertThat(RunExportJson.readImport(run, LIMIT)).isInstanceOf(ImportedFile.FinishedRun.class);
    }

    @Test
    void aBareExperimentWithAFieldThisVersionDoesNotKnowIsRefusedByName() {
        String json = ExperimentJson.write(SeedSpecs.seedSpec(7)).replace("\"loss\" : \"mse\"",
                "\"loss\" : \"mse\", \"l3\" : 0.01");

        assertThatThrownBy(() -> RunExportJson.readImport(bytes(json), LIMIT))
                .isInstanceOf(ExperimentFormatException.class).hasMessageStartingWith("training.l3: unknown field");
    }

    @Test
    void anExportedRunKeepsItsL1AndInputFeatures() {
        ExperimentSpec seed = SeedSpecs.seedSpec(3);
        ExperimentSpec spec = new ExperimentSpec(seed.title(), new ExperimentData(seed.data().options()
                .withInputFeatures(List.of(InputFeature.X1_TIMES_X2)), seed.data().dataset(), seed.data().checksum(),
                seed.data().inlineCsv()), seed.layers(), seed.training().withL1(THIRD), Init.XAVIER, null);
        RunExport run = new RunExport("Playground", null, spec, null, RunStatus.COMPLETED, null, history(), List.of(),
                null, null);

        String json = RunExportJson.write(run);
        ExperimentSpec back = RunExportJson.read(bytes(json), LIMIT).experiment();

        assertThat(back.training().l1()).isEqualTo(THIRD);
        assertThat(back.data().options().inputFeatures()).containsExactly(InputFeature.X1_TIMES_X2);
        assertThat(RunExportJson.write(RunExportJson.read(bytes(json), LIMIT))).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedWithAMessageNamingWhatIsWrong(String file, byte[] bytes, String message) {
        assertThatThrownBy(() -> RunExportJson.readImport(bytes, LIMIT)).isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> hostileFiles() {
        String valid = RunExportJson.write(finished(RunStatus.COMPLETED, null, history(), finalWeights(SUM)));
        return Stream.of(
                file("truncated", valid.substring(0, valid.length() / 2), "the file ends too early (was it cut off?)"),
                file("not JSON", "title,loss\nmine,0.5\n", "not valid JSON at line 1, column "),
                file("empty", "", "the file is empty"),
                file("a list at the top", "[1, 2, 3]", "the file holds a list […], not an object"),
                file("two objects", valid + "{}", "something follows the end of the object"),
                file("a field twice", valid.replaceFirst("\"title\" : ", "\"title\" : \"a\", \"title\" : "),
                        "Duplicate field 'title'"),
                edited("no format", root -> root.remove("format"), "format: missing"),
                edited("another format", root -> root.put("format", "zip"), "format: expected \"chainrule-run/1\""),
                edited("a newer version", root -> root.put("format", "chainrule-run/2"),
                        "format: \"chainrule-run/2\" is a version this server does not read"),
                file("a result alone", "{\"format\": \"chainrule-result/1\", \"status\": \"completed\"}",
                        "This is a result of the headless train command"),
                edited("an unknown top-level field", root -> root.put("colour", "red"), "colour: unknown field"),
                edited("an unknown field in the training", root -> obj(root, "experiment", "training").put("momentun", 0.9),
                        "experiment.training.momentun: unknown field"),
                edited("an unknown field in an epoch", root -> epoch(root, 1).put("loss", 0.2),
                        "result.epochs[1].loss: unknown field"),
                edited("a control character in an unknown name", root -> root.put("a\u0000b", 1), "a?b: unknown field"),
                file("a NaN token", valid.replaceFirst("\"trainLoss\" : [^,]+,", "\"trainLoss\" : NaN,"),
                        "NaN and Infinity are not JSON numbers (write null for an absent value)"),
                edited("Infinity as text", root -> epoch(root, 0).put("trainLoss", "Infinity"),
                        "result.epochs[0].trainLoss: a number is required"),
                file("a number beyond double", valid.replaceFirst("\"trainLoss\" : [^,]+,", "\"trainLoss\" : 1e999,"),
                        "result.epochs[0].trainLoss: a number too large for a double"),
                file("a 100,000-digit number", valid.replaceFirst("\"trainLoss\" : [^,]+,",
                        "\"trainLoss\" : " + "9".repeat(100_000) + ","), "a number has more than 100 characters"),
                edited("an epoch out of order", root -> epoch(root, 1).put("epoch", 3),
                        "result.epochs[1].epoch: epochs are numbered 1, 2, 3… in order; expected 2, was 3"),
                edited("a negative epoch", root -> epoch(root, 0).put("epoch", -1), "result.epochs[0].epoch"),
                edited("an accuracy above 1", root -> epoch(root, 2).put("validationAccuracy", 1.5),
                        "result.epochs[2].validationAccuracy: an accuracy is between 0 and 1, was 1.5"),
                edited("a negative norm", root -> ((ArrayNode) epoch(root, 0).get("gradientNorms")).set(0, -1.0),
                        "result.epochs[0].gradientNorms[0]: a norm is never negative"),
                edited("time going back", root -> epoch(root, 2).put("elapsedMs", 5),
                        "result.epochs[2].elapsedMs: time since the start never goes back; was 5 after 1250"),
                edited("norms of the wrong length", root -> ((ArrayNode) epoch(root, 0).get("gradientNorms")).add(0.1),
                        "result.epochs[0].gradientNorms: 3 norms, but the network has 2 dense layers"),
                edited("weights of the wrong shape", root -> ((ArrayNode) weights(root).get(1).get("W")).remove(1),
                        "result.weights[1].W: dense layer 2 needs 2 × 1 (inputs × units), was 1 × 1"),
                edited("ragged weights", root -> ((ArrayNode) weights(root).get(0).get("W").get(1)).remove(1),
                        "result.weights[0]: W must be rectangular"),
                edited("a weight layer too many", root -> weights(root).add(weights(root).get(1).deepCopy()),
                        "result.weights: 3 layers, but the network has 2 dense layers"),
                edited("a history longer than the epochs", root -> obj(root, "experiment", "training").put("epochs", 2),
                        "result.epochs: 3 epochs, but the experiment trains for 2"),
                edited("a title too long", root -> root.put("title", "t".repeat(201)),
                        "title: a title needs 1 to 200 characters, this one has 201"),
                edited("no title", root -> root.remove("title"), "title: a text value is required"),
                edited("notes too long", root -> root.put("notes", "n".repeat(4001)),
                        "notes: notes can be at most 4000 characters, these have 4001"),
                edited("a run still running", root -> obj(root, "result").put("status", "running"),
                        "result.status: an exported run has finished, so its status is one of completed, "
                                + "stopped_early, stopped, diverged, failed, interrupted; was \"running\""),
                edited("a result of another format", root -> obj(root, "result").put("format", "chainrule-result/9"),
                        "result.format: \"chainrule-result/1\" is required"),
                edited("a wrong value inside the experiment",
                        root -> obj(root, "experiment", "training", "optimizer").put("learningRate", "fast"),
                        "experiment.training.optimizer.learningRate: a number is required"),
                edited("an experiment of another format", root -> obj(root, "experiment").put("format", "x"),
                        "experiment.format: expected \"chainrule-experiment/1\""),
                edited("a date that is not one", root -> root.put("createdAt", "yesterday"),
                        "createdAt: a time like 2026-01-31T12:00:00Z is required, was \"yesterday\""),
                edited("a checksum that is not one", root -> obj(root, "dataset").put("checksum", "abc"),
                        "dataset.checksum: a SHA-256 checksum is 64 lower-case hex digits"),
                edited("negative rows", root -> obj(root, "dataset").put("rows", -4), "dataset.rows: must be between 0"),
                Arguments.of("50 MB", new byte[50 * 1024 * 1024],
                        "The file is 50 MB; an exported run or experiment file can be at most 10 MB."),
                file("10,000-deep nesting", "{\"format\": \"chainrule-run/1\", \"title\": " + "[".repeat(10_000),
                        "nested more than 40 levels deep"));
    }

    /**
     * Every value of an export replaced in turn by a value of another kind: each file is read or refused
     * with a message, never with another exception (which would reach the person as a server error).
     */
    @Test
    void anyValueReplacedByAnyOtherKindIsReadOrRefusedWithAMessage() throws Exception {
        String valid = RunExportJson.write(finished(RunStatus.COMPLETED, null, history(), finalWeights(SUM)));
        List<String> pointers = new ArrayList<>();
        collect(JSON.readTree(valid), "", pointers);
        List<com.fasterxml.jackson.databind.JsonNode> replacements = List.of(JSON.readTree("\"x\""), JSON.readTree("0"),
                JSON.readTree("-1"), JSON.readTree("1e308"), JSON.readTree("[]"), JSON.readTree("{}"),
                JSON.readTree("null"), JSON.readTree("true"), JSON.readTree("[[1]]"));
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (String pointer : pointers) {
            for (var replacement : replacements) {
                ObjectNode root = (ObjectNode) JSON.readTree(valid);
                var at = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
                var parent = root.at(at.head());
                String last = at.last().getMatchingProperty();
                if (parent instanceof ObjectNode o) {
                    o.set(last, replacement);
                } else {
                    ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
                }
                try {
                    RunExportJson.readImport(JSON.writeValueAsBytes(root), LIMIT);
                } catch (ExperimentFormatException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                    refused++;
                } catch (RuntimeException e) {
                    failures.add(pointer + " = " + replacement + ": " + e);
                }
            }
        }
        assertThat(pointers).hasSizeGreaterThan(60);
        assertThat(failures).isEmpty();
        assertThat(refused).isGreaterThan(pointers.size() * 4);
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, String pointer, List<String> pointers) {
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), pointer + "/" + name, pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private static Arguments file(String name, String text, String message) {
        return Arguments.of(name, bytes(text), message);
    }

    private static Arguments edited(String name, Consumer<ObjectNode> edit, String message) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(RunExportJson.write(finished(RunStatus.COMPLETED, null,
                    history(), finalWeights(SUM))));
            edit.accept(root);
            return Arguments.of(name, JSON.writeValueAsBytes(root), message);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode obj(ObjectNode root, String... path) {
        ObjectNode node = root;
        for (String field : path) {
            node = (ObjectNode) node.get(field);
        }
        return node;
    }

    private static ObjectNode epoch(ObjectNode root, int index) {
        return (ObjectNode) root.get("result").get("epochs").get(index);
    }

    private static ArrayNode weights(ObjectNode root) {
        return (ArrayNode) root.get("result").get("weights");
    }

    /** Three epochs of the seed's 2-2-1 network, with awkward doubles and absent values. */
    private static List<EpochRecord> history() {
        return List.of(
                new EpochRecord(1, SUM, TINY, null, null, Double.MIN_VALUE, new double[] {THIRD, 1e300}, 1000),
                new EpochRecord(2, -0.0, Double.MAX_VALUE, 0.0, 1.0, null, new double[] {0.0, Double.MIN_NORMAL}, 1250),
                new EpochRecord(3, 123456789.123456789, 2.5e-8, 0.75, 0.5, -THIRD, new double[] {SUM, 7.0}, 1500));
    }

    private static List<DenseWeights> finalWeights(double odd) {
        return List.of(new DenseWeights(new double[][] {{odd, -THIRD}, {TINY, Double.MIN_VALUE}}, new double[] {-0.0, 1e-7}),
                new DenseWeights(new double[][] {{odd}, {Double.MAX_VALUE}}, new double[] {0.1}));
    }

    private static RunExport finished(RunStatus status, String message, List<EpochRecord> history,
            List<DenseWeights> weights) {
        return new RunExport("My <b>run</b> ✓", "Tried a higher rate.\nIt helped.", SeedSpecs.seedSpec(3),
                new RunExport.DatasetInfo("xor", "ab".repeat(32), 4, 3), status, message, history, weights,
                Instant.parse("2026-01-02T03:04:05.123456789Z"), Instant.parse("2026-01-02T03:05:00Z"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertSameRun(RunExport back, RunExport run) {
        assertThat(back.title()).isEqualTo(run.title());
        assertThat(back.notes()).isEqualTo(run.notes());
        assertThat(ExperimentJson.write(back.experiment())).isEqualTo(ExperimentJson.write(run.experiment()));
        assertThat(back.dataset()).isEqualTo(run.dataset());
        assertThat(back.status()).isEqualTo(run.status());
        assertThat(back.message()).isEqualTo(run.message());
        assertThat(back.history().stream().map(RunExportJsonTest::bits).toList())
                .isEqualTo(run.history().stream().map(RunExportJsonTest::bits).toList());
        assertThat(back.finalWeights()).isEqualTo(run.finalWeights());
        assertThat(back.createdAt()).isEqualTo(run.createdAt());
        assertThat(back.finishedAt()).isEqualTo(run.finishedAt());
    }

    /** An epoch as the bits of its numbers, so -0.0 differs from 0.0 and the last bit of each double counts. */
    private static List<Object> bits(EpochRecord r) {
        List<Object> bits = new ArrayList<>(Arrays.asList(r.epoch(), bits(r.trainLoss()), bits(r.validationLoss()),
                bits(r.trainAccuracy()), bits(r.validationAccuracy()), bits(r.samplePrediction()), r.elapsedMs()));
        Arrays.stream(r.gradientNorms()).forEach(n -> bits.add(bits(n)));
        return bits;
    }

    private static Long bits(Double value) {
        return value == null ? null : Double.doubleToLongBits(value);
    }
}
