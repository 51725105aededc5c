package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.DatasetLabel;
import dev.chainrule.run.RunRow;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.LineChart;
import dev.chainrule.ui.runs.RunView;
import dev.chainrule.ui.runs.RunsView;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Runs page as a teacher uses it: find a run, rename it, delete it. */
@Import(AbstractAppTest.SynchronousTraining.class)
class RunsViewTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate database;

    long xor;
    long spiralsWide;

    @BeforeEach
    void threeFinishedExperiments() {
        database.update("DELETE FROM epoch_metric");
        database.update("DELETE FROM run");
        xor = train("XOR small", "builtin:xor");
        spiralsWide = train("Spirals wide", "builtin:spirals");
        train("Deep SPIRALS", "builtin:spirals");
    }

    @Test
    void theSearchNarrowsTheListToMatchingTitlesInAnyCase() {
        open();
        assertThat(titles()).containsExactly("Deep SPIRALS", "Spirals wide", "XOR small");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Search titles")), "spirals");

        assertThat(titles()).containsExactly("Deep SPIRALS", "Spirals wide");
    }

    @Test
    void notesAreWrittenOnTheRunPageKeptAndTooLongNotesAreRefusedWithoutLosingTheSavedOnes() {
        UI.getCurrent().navigate(RunView.class, RunView.parameters(xor));
        TextArea notes = _get(TextArea.class, spec -> spec.withLabel("Notes"));
        Button save = _get(Button.class, spec -> spec.withText("Save notes"));
        assertThat(save.isEnabled()).as("nothing to save yet").isFalse();

        _setValue(notes, "  Learning rate 0.1 is too slow for XOR.  ");
        assertThat(_get(Span.class, spec -> spec.withClasses("notes-state")).getText()).isEqualTo("Not saved yet.");
        _click(save);
        assertThat(runs.details(me(), xor).run().getNotes()).isEqualTo("Learning rate 0.1 is too slow for XOR.");
        assertThat(_get(Span.class, spec -> spec.withClasses("notes-state")).getText()).isEqualTo("Saved.");

        _setValue(notes, "x".repeat(RunService.MAX_NOTES_LENGTH + 1));
        _click(save);
        assertThat(notes.getErrorMessage()).isEqualTo("Notes can be at most 4,000 characters, these have 4,001. "
                + "Shorten them, then save again.");
        assertThat(runs.details(me(), xor).run().getNotes()).isEqualTo("Learning rate 0.1 is too slow for XOR.");

        UI.getCurrent().navigate(RunView.class, RunView.parameters(spiralsWide));
        UI.getCurrent().navigate(RunView.class, RunView.parameters(xor));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Notes")).getValue())
                .isEqualTo("Learning rate 0.1 is too slow for XOR.");
    }

    @Test
    void aRunPageShowsItsBoundaryOnItsDataAndSaysWhyNotWhenTheDatasetIsGone() {
        UI.getCurrent().navigate(RunView.class, RunView.parameters(xor));
        assertThat(_get(BoundaryChart.class).getPointUpdates()).isEqualTo(1);
        assertThat(_get(BoundaryChart.class).getGridUpdates()).as("recomputed from the final weights").isEqualTo(1);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("run-data-problem"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Stop"))).as("an ended run shows no Stop").isEmpty();

        // as if it had trained on an upload that was deleted since
        database.update("UPDATE run SET spec = REPLACE(spec, '\"builtin:xor\"', '\"upload:999\"') WHERE id = ?", xor);
        UI.getCurrent().navigate(RunView.class, RunView.parameters(xor));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("run-data-problem")).getText())
                .isEqualTo("The dataset of this run is no longer in the library. Its curves and weights are still here; "
                        + "its decision boundary is not shown.");
        assertThat(_find(BoundaryChart.class)).isEmpty();
        assertThat(_find(LineChart.class)).isNotEmpty().allSatisfy(chart -> assertThat(chart.getPointCount()).isEqualTo(3));
    }

    @Test
    void theDatasetAndStatusFiltersNarrowTheList() {
        database.update("UPDATE run SET status = 'diverged' WHERE id = ?", spiralsWide);
        open();

        _setValue(select("Dataset"), runs.datasetsInUse(me()).stream()
                .filter(d -> d.name().equals("Two spirals")).findFirst().orElseThrow());
        assertThat(titles()).containsExactly("Deep SPIRALS", "Spirals wide");
        assertThat(select("Dataset").getItemLabelGenerator().apply(select("Dataset").getValue())).isEqualTo("Two spirals");

        _setValue(select("Status"), RunStatus.DIVERGED);
        assertThat(titles()).containsExactly("Spirals wide");
    }

    @Test
    void sortingByFinalValidationLossPutsRunsWithoutOneLastEitherWay() {
        database.update("UPDATE run SET final_metrics = '{\"validationLoss\":0.5}' WHERE id = ?", xor);
        database.update("UPDATE run SET final_metrics = '{\"validationLoss\":0.25}' WHERE id = ?", spiralsWide);
        database.update("UPDATE run SET final_metrics = NULL WHERE title = 'Deep SPIRALS'");
        open();
        Grid<RunRow> grid = grid();

        grid.sort(GridSortOrder.asc(grid.getColumnByKey("validationLoss")).build());
        assertThat(titles()).containsExactly("Spirals wide", "XOR small", "Deep SPIRALS");
        assertThat(_getFormattedRow(grid, 0).get(5)).isEqualTo("0.2500");

        grid.sort(GridSortOrder.desc(grid.getColumnByKey("validationLoss")).build());
        assertThat(titles()).containsExactly("XOR small", "Spirals wide", "Deep SPIRALS");
        assertThat(_getFormattedRow(grid, 2).get(5)).isEqualTo("—");
    }

    @Test
    void aRunStillTrainingCountsItsEpochsAsTheyAreStoredAndTheListStopsAskingOnceItEnds() {
        database.update("UPDATE run SET status = 'running', epochs_done = 0 WHERE id = ?", xor);
        open();
        Grid<RunRow> grid = grid();
        int row = titles().indexOf("XOR small");
        assertThat(_getFormattedRow(grid, row).subList(2, 4)).containsExactly("Running", "0");
        assertThat(UI.getCurrent().getPollInterval()).as("asks again while a run trains").isEqualTo(1000);

        database.update("UPDATE run SET epochs_done = 1234 WHERE id = ?", xor); // its writer stored more epochs
        _fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(_getFormattedRow(grid, row).subList(2, 4)).containsExactly("Running", "1,234");

        database.update("UPDATE run SET status = 'completed' WHERE id = ?", xor);
        _fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(_getFormattedRow(grid, row).get(2)).isEqualTo("Completed");
        assertThat(UI.getCurrent().getPollInterval()).as("a list at rest is not asked again").isEqualTo(-1);
    }

    @Test
    void noColumnIsCutShortColumnsTakeTheWidthOfTheirText() {
        open();
        for (Grid.Column<RunRow> column : grid().getColumns()) {
            if (!List.of("Title", "Dataset").contains(column.getHeaderText())) {
                assertThat(column.isAutoWidth() || column.getWidth() != null).as(column.getHeaderText()
                        + " as wide as its text").isTrue();
                assertThat(column.getFlexGrow()).as(column.getHeaderText() + " never squeezed").isZero();
            }
        }
    }

    @Test
    void anExperimentIsRenamedButNotToNothing() {
        String spec = database.queryForObject("SELECT spec FROM run WHERE id = ?", String.class, spiralsWide);
        open();
        _click(rowButton(1, "Rename Spirals wide"));
        TextField title = _get(TextField.class, s -> s.withLabel("Title"));

        _setValue(title, "   ");
        _click(_get(Button.class, s -> s.withText("Save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("A title needs 1 to 200 characters.");

        _setValue(title, "Spirals, 32 units");
        _click(_get(Button.class, s -> s.withText("Save")));
        assertThat(titles()).containsExactly("Deep SPIRALS", "Spirals, 32 units", "XOR small");
        // The spec records what ran; only the title people see changes.
        assertThat(database.queryForObject("SELECT spec FROM run WHERE id = ?", String.class, spiralsWide))
                .isEqualTo(spec);
    }

    @Test
    void deletingAnExperimentRemovesItsHistoryAndKeepsWhatWasDerivedFromIt() {
        long child = launcher.launch("XOR again", "builtin:xor", DataOptions.defaults(), layers(), config(), Init.XAVIER,
                me(), xor);
        open();

        _click(rowButton(3, "Delete XOR small"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(titles()).containsExactly("XOR again", "Deep SPIRALS", "Spirals wide");
        assertThat(message()).isEqualTo("Deleted \u201cXOR small\u201d.");
        assertThat(database.queryForObject("SELECT COUNT(*) FROM epoch_metric WHERE run_id = ?", Integer.class, xor))
                .isZero();
        assertThat(database.queryForObject("SELECT parent_id FROM run WHERE id = ?", Long.class, child)).isNull();
    }

    @Test
    void aRunningExperimentIsNotDeleted() {
        database.update("UPDATE run SET status = 'running' WHERE id = ?", xor);
        open();

        _click(rowButton(2, "Delete XOR small"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(message()).isEqualTo("\u201cXOR small\u201d is still running. Stop it first, then delete it.");
        assertThat(titles()).containsExactly("Deep SPIRALS", "Spirals wide", "XOR small");
        assertThat(database.queryForObject("SELECT COUNT(*) FROM epoch_metric WHERE run_id = ?", Integer.class, xor))
                .isEqualTo(3);
    }

    private long train(String title, String dataset) {
        return launcher.launch(title, dataset, DataOptions.defaults().withValidation(0.25, 1), layers(), config(),
                Init.XAVIER, me(), null);
    }

    private static List<dev.chainrule.engine.spec.LayerSpec> layers() {
        return List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID));
    }

    private static TrainingConfig config() {
        return new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 8, 3, true, 1);
    }

    private static void open() {
        UI.getCurrent().navigate(RunsView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<RunRow> grid() {
        return _get(Grid.class);
    }

    private static List<String> titles() {
        Grid<RunRow> grid = grid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).run().getTitle()).toList();
    }

    private static Button rowButton(int row, String label) {
        Component cell = _getCellComponent(grid(), row, "actions");
        return _get(cell, Button.class, s -> s.withAttribute("aria-label", label));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, s -> s.withLabel(label));
    }

    private static String message() {
        return _get(Span.class, s -> s.withClasses("runs-message")).getText();
    }
}
