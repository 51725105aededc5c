package dev.chainrule.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.dataset.DuplicateDatasetException;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.training.RecordedData;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Export and import of runs (issue 11, item 6; acceptance 4): an exported run imported by someone else
 * is theirs, with identical weights and history; a malformed, oversized, version-mismatched or otherwise
 * hostile file gets a message naming what is wrong and stores nothing, even when storing fails half-way;
 * downloads are the owner's; an import never points at someone else's upload.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RunTransferTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] FRUIT = """
            weight,sweetness,fruit
            150,7.2,apple
            170,6.8,apple
            140,7.5,apple
            200,5.2,orange
            210,5.0,orange
            190,5.5,orange
            """.getBytes(UTF_8);

    @Autowired
    RunTransfer transfer;
    @Autowired
    RunService runs;
    @Autowired
    RunLauncher launcher;
    @Autowired
    DatasetService datasets;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate database;
    @MockitoSpyBean
    EpochHistory history;

    private Visitor owner;
    private Visitor importer;

    @BeforeEach
    void people() {
        owner = People.person(accounts, "owner");
        importer = People.person(accounts, "importer");
    }

    @Test
    void anExportedRunImportedBySomeoneElseIsTheirsWithIdenticalWeightsAndHistory() {
        long original = train(owner, "XOR, 4 units", "builtin:xor");
        runs.updateNotes(owner, original, "Tried tanh.");
        String json = transfer.exportJson(owner, original);

        long copy = imported(importer, json);

        RunDetails before = runs.details(owner, original);
        RunDetails after = runs.details(importer, copy);
        assertThat(after.run().getOwnerId()).isEqualTo(importer.accountId());
        assertThat(after.run().getTitle()).isEqualTo("XOR, 4 units");
        assertThat(after.run().getNotes()).isEqualTo("Tried tanh.");
        assertThat(after.run().getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(after.run().getEpochsDone()).isEqualTo(8);
        assertThat(after.run().getFinalMetrics()).isEqualTo(before.run().getFinalMetrics());
        assertThat(after.run().getCreatedAt()).isEqualTo(before.run().getCreatedAt());
        assertThat(after.spec()).isEqualTo(before.spec());
        assertSameBits(runs.finalWeights(copy).orElseThrow(), runs.finalWeights(original).orElseThrow());
        assertSameHistory(after.history(), before.history());
        // and the copy, exported again, is the same file
        assertThat(transfer.exportJson(importer, copy)).isEqualTo(json);
        assertThat(transfer.historyCsv(importer, copy)).isEqualTo(transfer.historyCsv(owner, original))
                .startsWith("epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,seconds,gradient_norm_1,"
                        + "gradient_norm_2\n1,");
    }

    @Test
    void onlyTheOwnerDownloadsARunAndOnlySomeoneSignedInImports() {
        long id = train(owner, "Mine", "builtin:xor");
        String json = transfer.exportJson(owner, id);
        Visitor anonymous = Visitor.anonymous("session");

        assertThatThrownBy(() -> transfer.exportJson(importer, id)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> transfer.historyCsv(importer, id)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> transfer.exportJson(anonymous, id)).isInstanceOf(SignInRequiredException.class);
        assertThatThrownBy(() -> transfer.historyCsv(anonymous, id)).isInstanceOf(SignInRequiredException.class);
        assertThatThrownBy(() -> transfer.importFile(anonymous, json.getBytes(UTF_8)))
                .isInstanceOf(SignInRequiredException.class);
    }

    @Test
    void aHostileFileGetsAMessageNamingWhatIsWrongAndStoresNothing() throws Exception {
        String json = transfer.exportJson(owner, train(owner, "XOR", "builtin:xor"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("not valid JSON at line 1", "{\"format\": \"chainrule-run/1\", \"title\": ".getBytes(UTF_8));
        files.put("not valid JSON at line", json.substring(0, json.length() / 2).getBytes(UTF_8));
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        files.put("The file is 11 MB; an exported run or experiment file can be at most 10 MB.", huge);
        files.put("format: \"chainrule-run/2\" is a version this server does not read",
                json.replace("\"chainrule-run/1\"", "\"chainrule-run/2\"").getBytes(UTF_8));
        files.put("colour: unknown field", edited(json, root -> root.put("colour", "red")));
        files.put("experiment.training.l3: unknown field",
                edited(json, root -> ((ObjectNode) root.path("experiment").path("training")).put("l3", 0.1)));
        files.put("result.epochs[2].trainAccuracy: an accuracy is between 0 and 1, was 1.5", edited(json, root ->
                ((ObjectNode) root.path("result").path("epochs").get(2)).put("trainAccuracy", 1.5)));
        files.put("result.weights[1].W: dense layer 2 needs 4 × 1", edited(json, root ->
                ((ArrayNode) root.path("result").path("weights").get(1).path("W")).add(JSON.createArrayNode().add(1.0))));
        files.put("result.message: at most 1000 characters, this one has 1001",
                edited(json, root -> ((ObjectNode) root.path("result")).put("message", "x".repeat(1001))));
        files.put("createdAt: 2999-01-01T00:00:00Z is not a time a run can have",
                edited(json, root -> root.put("createdAt", "2999-01-01T00:00:00Z")));
        files.put("network.layers: 65 layers; this server takes at most 64", manyLayers(65));
        int runsBefore = count("run");
        int epochsBefore = count("epoch_metric");

        files.forEach((message, bytes) -> {
            assertThatThrownBy(() -> transfer.importFile(importer, bytes)).as(message)
                    .isInstanceOf(ExperimentFormatException.class).hasMessageContaining(message);
            assertThat(count("run")).as(message).isEqualTo(runsBefore);
            assertThat(count("epoch_metric")).as(message).isEqualTo(epochsBefore);
        });
    }

    @Test
    void aFailureWhileStoringTheEpochsStoresNothing() {
        String json = transfer.exportJson(owner, train(owner, "XOR", "builtin:xor"));
        int runsBefore = count("run");
        int epochsBefore = count("epoch_metric");
        doThrow(new DataIntegrityViolationException("the disk is full")).when(history).append(anyLong(), any(), anyInt());

        assertThatThrownBy(() -> transfer.importFile(importer, json.getBytes(UTF_8)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(count("run")).isEqualTo(runsBefore);
        assertThat(count("epoch_metric")).isEqualTo(epochsBefore);
    }

    @Test
    void anImportNeverPointsAtSomeoneElsesUploadOnlyAtTheImportersOwnCopy() {
        long upload = fruitOf(owner);
        long original = train(owner, "Fruit", "upload:" + upload);
        String json = transfer.exportJson(owner, original);
        assertThat(json).contains("\"dataset\" : \"upload:" + upload + "\"");

        long copy = imported(importer, json);
        RunDetails details = runs.details(importer, copy);
        assertThat(details.spec().data().dataset()).isEmpty();
        assertThat(details.spec().data().checksum()).isEqualTo(DatasetService.sha256(FRUIT));
        assertThat(details.run().getDatasetId()).isNull();
        assertThat(RecordedData.of(details.spec().data(), importer.accountId(), datasets).problem())
                .isEqualTo(RecordedData.Problem.MISSING);
        assertSameBits(runs.finalWeights(copy).orElseThrow(), runs.finalWeights(original).orElseThrow());

        long own = datasets.upload(importer, "my fruit.csv", FRUIT).getId();
        long second = imported(importer, json);
        RunDetails pointed = runs.details(importer, second);
        assertThat(pointed.spec().data().dataset()).isEqualTo("upload:" + own);
        assertThat(pointed.run().getDatasetId()).isEqualTo(own);
        assertThat(RecordedData.of(pointed.spec().data(), importer.accountId(), datasets).prepared()).isNotNull();
    }

    @Test
    void aStoredRunNamingSomeoneElsesUploadShowsNoData() {
        long upload = fruitOf(owner);
        long mine = train(importer, "XOR", "builtin:xor");
        // however it got there, a run of the importer's that names the owner's upload
        String spec = database.queryForObject("SELECT spec FROM run WHERE id = ?", String.class, mine)
                .replace("\"builtin:xor\"", "\"upload:" + upload + "\"");
        database.update("UPDATE run SET spec = ? WHERE id = ?", spec, mine);
        var data = runs.details(importer, mine).spec().data();

        assertThat(RecordedData.of(data, importer.accountId(), datasets).problem()).isEqualTo(RecordedData.Problem.MISSING);
        assertThat(RecordedData.of(data, owner.accountId(), datasets).problem()).isNotEqualTo(RecordedData.Problem.MISSING);
    }

    @Test
    void aBareExperimentIsADesignForTheLabAndNothingIsStored() {
        int runsBefore = count("run");

        Imported imported = transfer.importFile(importer, ExperimentJson.write(SeedSpecs.seedSpec(5)).getBytes(UTF_8));

        assertThat(imported).isEqualTo(new Imported.Design(SeedSpecs.seedSpec(5)));
        assertThat(count("run")).isEqualTo(runsBefore);
    }

    private long train(Visitor who, String title, String dataset) {
        return launcher.launch(title, dataset, DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 2, 8, true, 1), Init.XAVIER, who, null);
    }

    /** The owner's upload of {@link #FRUIT}: the tests share one database. */
    private long fruitOf(Visitor who) {
        try {
            return datasets.upload(who, "fruit.csv", FRUIT).getId();
        } catch (DuplicateDatasetException e) {
            return e.existing().getId();
        }
    }

    private long imported(Visitor who, String json) {
        Imported imported = transfer.importFile(who, json.getBytes(UTF_8));
        assertThat(imported).isInstanceOf(Imported.StoredRun.class);
        return ((Imported.StoredRun) imported).runId();
    }

    private int count(String table) {
        return database.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static byte[] edited(String json, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        edit.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    private static byte[] manyLayers(int layers) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExperimentJson.write(SeedSpecs.seedSpec(5)));
        ArrayNode list = (ArrayNode) root.path("network").path("layers");
        list.removeAll();
        for (int i = 0; i < layers; i++) {
            list.addObject().put("type", "dense").put("units", 1).put("activation", "sigmoid");
        }
        root.remove("weights");
        ((ObjectNode) root.path("training")).put("init", "xavier");
        return JSON.writeValueAsBytes(root);
    }

    private static void assertSameBits(List<DenseWeights> actual, List<DenseWeights> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(bits(actual.get(k).b())).isEqualTo(bits(expected.get(k).b()));
            assertThat(actual.get(k).W().length).isEqualTo(expected.get(k).W().length);
            for (int i = 0; i < expected.get(k).W().length; i++) {
                assertThat(bits(actual.get(k).W()[i])).as("layer %d row %d", k, i).isEqualTo(bits(expected.get(k).W()[i]));
            }
        }
    }

    private static void assertSameHistory(List<EpochRecord> actual, List<EpochRecord> expected) {
        assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < expected.size(); i++) {
            EpochRecord a = actual.get(i);
            EpochRecord e = expected.get(i);
            assertThat(a.epoch()).isEqualTo(e.epoch());
            assertThat(a.trainLoss()).isEqualTo(e.trainLoss());
            assertThat(a.validationLoss()).isEqualTo(e.validationLoss()).isNotNull();
            assertThat(a.trainAccuracy()).isEqualTo(e.trainAccuracy());
            assertThat(a.validationAccuracy()).isEqualTo(e.validationAccuracy());
            assertThat(a.samplePrediction()).isEqualTo(e.samplePrediction());
            assertThat(bits(a.gradientNorms())).isEqualTo(bits(e.gradientNorms()));
            assertThat(a.elapsedMs()).isEqualTo(e.elapsedMs());
        }
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
