package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.data.CsvImporter;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.component.ScatterPlot;
import dev.chainrule.ui.datasets.DatasetsView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dataset library as a teacher uses it: look at a dataset, upload one, rename it, delete it. */
@Import(AbstractAppTest.SynchronousTraining.class)
class DatasetsViewTest extends AbstractAppTest {
    static final byte[] FRUIT = """
            weight,sweetness,fruit
            150,7.2,apple
            170,6.8,apple
            140,7.5,apple
            160,7.0,apple
            155,6.9,apple
            165,7.1,apple
            200,5.2,orange
            210,5.0,orange
            190,5.5,orange
            220,4.8,orange
            205,5.1,orange
            195,5.4,orange
            """.getBytes(UTF_8);
    static final byte[] BROKEN = "weight,fruit\n150,apple\n170\n".getBytes(UTF_8);

    @Autowired
    DatasetService datasets;
    @Autowired
    RunLauncher launcher;
    @Autowired
    JdbcTemplate database;

    @BeforeEach
    void openDatasets() {
        // Each test starts with an empty library of uploads; the application has no "delete experiment" yet.
        database.update("DELETE FROM epoch_metric");
        database.update("DELETE FROM run");
        database.update("DELETE FROM dataset");
        UI.getCurrent().navigate(DatasetsView.class);
    }

    @Test
    void theBuiltInDatasetsComeFirstThenTheUploads() {
        upload("fruit.csv", FRUIT);

        assertThat(datasetNames()).containsExactly("Seed example", "XOR", "Two circles", "Two spirals",
                "Gaussian blobs", "Noisy curve", "Iris", "Digits 8x8", "fruit");
        assertThat(cardText("fruit")).contains("fruit.csv · 12 rows × 3 columns");
    }

    @Test
    void selectingIrisShowsItsColumnsRowsAndAPlot() {
        select("Two spirals");
        select("Iris");

        assertThat(_get(H2.class, spec -> spec.withClasses("dataset-title")).getText()).isEqualTo("Iris");
        assertThat(detected()).contains("comma separated, with a header row, 150 rows × 5 columns")
                .contains("target “species”").contains("multiclass");
        Grid<?> stats = grid("column-stats");
        assertThat(_size(stats)).isEqualTo(5);
        assertThat(_getFormattedRow(stats, 0)).startsWith("sepal_length", "number", "0", "4.3", "7.9", "5.843", "35");
        assertThat(_getFormattedRow(stats, 4)).startsWith("species", "category", "0", "", "", "", "3");
        Grid<?> preview = grid("preview-table");
        assertThat(_size(preview)).isEqualTo(20);
        assertThat(preview.getHeaderRows().get(0).getCells().stream().map(HeaderRow.HeaderCell::getText))
                .containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width", "species");
        ScatterPlot plot = _get(ScatterPlot.class);
        assertThat(plot.getPointCount()).isEqualTo(150);
        assertThat(plot.getGroupCount()).isEqualTo(3); // coloured by species
    }

    @Test
    void aGoodFileIsAddedSelectedAndDescribed() {
        upload("fruit.csv", FRUIT);

        expectNotifications("Added “fruit”: comma separated, with a header row, 12 rows × 3 columns; "
                + "target “fruit” (the last column), a binary task.");
        assertThat(_get(H2.class, spec -> spec.withClasses("dataset-title")).getText()).isEqualTo("fruit");
        assertThat(_size(grid("column-stats"))).isEqualTo(3);
        assertThat(_get(ScatterPlot.class).getPointCount()).isEqualTo(12);
        assertThat(datasets.uploads(me())).hasSize(1);
    }

    @Test
    void theAddedToastGoesWhenTheNextFileIsRefusedSoNoGreenShowsBesideTheRed() {
        upload("fruit.csv", FRUIT);
        assertThat(getNotifications()).as("the green \u201cAdded\u201d toast").hasSize(1);

        upload("broken.csv", BROKEN);

        assertThat(uploadMessage()).contains("broken.csv was not added.");
        assertThat(getNotifications()).as("no toast beside the refusal").isEmpty();

        upload("fruit2.csv", (new String(FRUIT, UTF_8) + "145,7.3,apple\n").getBytes(UTF_8));
        assertThat(getNotifications()).hasSize(1);
        Upload component = _get(Upload.class);
        _fireEvent(component, new FileRejectedEvent(component, "File is too big.", "huge.csv")); // refused by the browser
        assertThat(getNotifications()).isEmpty();
    }

    @Test
    void aBrokenFileShowsTheImportersMessageAndStoresNothing() {
        String importerSays = importerMessage(BROKEN, "broken.csv");

        upload("broken.csv", BROKEN);

        assertThat(uploadMessage()).contains("broken.csv was not added.").contains(importerSays);
        assertThat(datasets.uploads(me())).isEmpty();
        assertThat(datasetNames()).doesNotContain("broken");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedByTheBrowserWithWhatToDo() {
        Upload upload = _get(Upload.class);
        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);

        _fireEvent(upload, new FileRejectedEvent(upload, "File is too big.", "huge.csv")); // what the browser sends

        assertThat(uploadMessage()).startsWith("The file is larger than 20 MB: huge.csv.").contains("smaller sample");
    }

    @Test
    void aFileOverTheSizeLimitThatGetsPastTheBrowserIsRefusedWithTheSameAdvice() {
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) '1');

        upload("huge.csv", huge);

        assertThat(uploadMessage()).startsWith("The file is larger than 20 MB: huge.csv.").contains("smaller sample");
        assertThat(datasets.uploads(me())).isEmpty();
    }

    @Test
    void theSameFileTwiceSaysWhereItIsAndSelectsIt() {
        upload("fruit.csv", FRUIT);
        select("Iris");

        upload("fruit-again.csv", FRUIT);

        assertThat(uploadMessage()).contains("already in the library as \"fruit\"");
        assertThat(_get(H2.class, spec -> spec.withClasses("dataset-title")).getText()).isEqualTo("fruit");
        assertThat(datasets.uploads(me())).hasSize(1);
    }

    @Test
    void anUploadIsRenamedButNotToNothing() {
        upload("fruit.csv", FRUIT);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));

        _setValue(name, "  ");
        _click(_get(Button.class, spec -> spec.withText("Save name")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A dataset name needs 1 to 200 characters.");

        _setValue(name, "Apples and oranges <b>");
        _click(_get(Button.class, spec -> spec.withText("Save name")));
        assertThat(datasetNames()).contains("Apples and oranges <b>").doesNotContain("fruit");
        assertThat(_get(H2.class, spec -> spec.withClasses("dataset-title")).getText()).isEqualTo("Apples and oranges <b>");
    }

    @Test
    void anUploadIsDeletedAfterConfirming() {
        upload("fruit.csv", FRUIT);

        _click(_get(Button.class, spec -> spec.withText("Delete…")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Delete fruit?");
        _fireConfirm(confirm);

        assertThat(datasets.uploads(me())).isEmpty();
        assertThat(datasetNames()).doesNotContain("fruit");
        assertThat(_get(H2.class, spec -> spec.withClasses("dataset-title")).getText()).isEqualTo("Iris");
    }

    @Test
    void anUploadThatAnExperimentUsesIsKept() {
        upload("fruit.csv", FRUIT);
        long id = datasets.uploads(me()).get(0).getId();
        launcher.launch("tiny", "upload:" + id, DataOptions.defaults(), List.of(new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 1, 2, false, 0), Init.XAVIER, me(), null);

        _click(_get(Button.class, spec -> spec.withText("Delete…")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Div.class, spec -> spec.withClasses("delete-message")).getElement().getTextRecursively())
                .contains("fruit was not deleted.").contains("\"fruit\" is used by 1 run");
        assertThat(datasets.uploads(me())).hasSize(1);
        assertThat(datasetNames()).contains("fruit");
    }

    @Test
    void builtInDatasetsCannotBeRenamedOrDeleted() {
        select("Iris");

        assertThat(_find(Button.class, spec -> spec.withText("Delete…"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name"))).isEmpty();
    }

    @Test
    void aLargeFileIsPlottedFromAnEvenSampleOfTwoThousandRows() {
        StringBuilder csv = new StringBuilder("x,y,parity\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append(i).append(',').append(i % 7).append(',').append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        upload("counting.csv", csv.toString().getBytes(UTF_8));

        assertThat(_get(ScatterPlot.class).getPointCount()).isEqualTo(2_000);
        assertThat(_get(Span.class, spec -> spec.withClasses("scatter-caption")).getText())
                .isEqualTo("2,000 of 5,000 rows, evenly spaced through the file.");
    }

    @Test
    void aLinkOpensTheDatasetItNames() {
        UI.getCurrent().navigate("datasets", QueryParameters.of("dataset", "builtin:digits"));

        assertThat(_get(H2.class, spec -> spec.withClasses("dataset-title")).getText()).isEqualTo("Digits 8x8");
        // The blank border pixel p00 is always 0: the plot starts with the first columns that vary.
        assertThat(_get(Select.class, spec -> spec.withLabel("Horizontal axis")).getValue()).isEqualTo("p01");
        assertThat(_get(Select.class, spec -> spec.withLabel("Vertical axis")).getValue()).isEqualTo("p02");
    }

    private static void upload(String fileName, byte[] bytes) {
        _upload(_get(Upload.class), fileName, "text/csv", bytes);
    }

    private static void select(String name) {
        _click((Div) _get(Span.class, spec -> spec.withClasses("dataset-name").withText(name)).getParent().orElseThrow());
    }

    private static List<String> datasetNames() {
        return _find(Span.class, spec -> spec.withClasses("dataset-name")).stream().map(Span::getText).toList();
    }

    private static String cardText(String name) {
        return _get(Span.class, spec -> spec.withClasses("dataset-name").withText(name)).getParent().orElseThrow()
                .getElement().getTextRecursively();
    }

    private static String detected() {
        return _get(Paragraph.class, spec -> spec.withClasses("dataset-detected")).getText();
    }

    private static String uploadMessage() {
        Div message = _get(Div.class, spec -> spec.withClasses("upload-message"));
        return (_get(message, Span.class, spec -> spec.withClasses("message-title")).getText() + " "
                + _get(message, Span.class, spec -> spec.withClasses("message-text")).getText()).strip();
    }

    private static Grid<?> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    private String importerMessage(byte[] bytes, String fileName) {
        try {
            CsvImporter.parse(bytes, fileName, datasets.limits());
            throw new AssertionError(fileName + " was expected to be refused by the importer");
        } catch (DataFormatException e) {
            return e.getMessage();
        }
    }
}
