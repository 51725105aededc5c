package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunQuery;
import dev.chainrule.run.RunRow;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.runs.RunView;
import dev.chainrule.ui.runs.RunsView;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ways into a comparison (issue 12, item 1): ticks on the Runs page, and a run's page's three buttons. */
@Import(AbstractAppTest.SynchronousTraining.class)
class CompareEntryTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate database;

    long sgd;
    long adam;
    long tanh;

    @BeforeEach
    void threeRuns() {
        database.update("DELETE FROM epoch_metric");
        database.update("DELETE FROM run");
        sgd = SharedRuns.train(launcher, me(), "builtin:xor", "XOR with SGD");
        adam = SharedRuns.train(launcher, me(), "builtin:xor", "XOR with Adam");
        tanh = SharedRuns.train(launcher, me(), "builtin:xor", "XOR, tanh");
    }

    @Test
    void tickingTwoRunsOpensTheirComparisonWithTheFirstTickedAsReference() {
        UI.getCurrent().navigate(RunsView.class);
        Button compare = _get(Button.class, s -> s.withText("Compare"));
        assertThat(compare.isEnabled()).isFalse();
        assertThat(hint()).isEqualTo("Tick two or more runs in the list to compare them side by side.");

        tick(adam);
        assertThat(compare.isEnabled()).as("one run is nothing to compare").isFalse();
        tick(sgd);

        assertThat(compare.isEnabled()).isTrue();
        assertThat(compare.getText()).isEqualTo("Compare 2 runs");
        _click(compare);
        assertThat(location()).isEqualTo("compare?runs=" + adam + "," + sgd);
    }

    @Test
    void moreThanFiftyTickedRunsAreRefusedWithHowManyToUntick() {
        for (int i = 0; i < 49; i++) { // copies of a run, as many as a class makes in an afternoon
            database.update("INSERT INTO run (title, spec, status, created_at, owner_id) "
                    + "SELECT title, spec, status, created_at, owner_id FROM run WHERE id = ?", sgd);
        }
        UI.getCurrent().navigate(RunsView.class);
        Grid<RunRow> grid = runsGrid();
        assertThat(_size(grid)).isEqualTo(52);

        runs.find(me(), RunQuery.all()).forEach(grid::select);

        Button compare = _get(Button.class, s -> s.withText("Compare 52 runs"));
        assertThat(compare.isEnabled()).isFalse();
        assertThat(hint()).isEqualTo("A comparison shows at most 50 runs; 52 are ticked. Untick 2 to compare the rest.");
    }

    @Test
    void aDerivedRunIsComparedWithItsParentAndAnOriginalOffersNoParent() {
        // "Edit and run again" with one layer fewer
        long child = launcher.launch("XOR again", "builtin:xor", DataOptions.defaults(),
                List.of(new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 8, 2, true, 1), Init.XAVIER, me(), sgd);
        openRun(sgd);
        assertThat(_find(Button.class, s -> s.withText("Compare with its parent"))).isEmpty();

        openRun(child);
        _click(_get(Button.class, s -> s.withText("Compare with its parent")));

        assertThat(location()).isEqualTo("compare?runs=" + sgd + "," + child);
    }

    @Test
    void compareWithListsTheOtherRunsSearchableAndKeepsTicksAcrossASearch() {
        openRun(sgd);
        _click(_get(Button.class, s -> s.withText("Compare with\u2026")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Grid<RunRow> grid = _get(dialog, Grid.class);
        assertThat(titles(grid)).containsExactly("XOR, tanh", "XOR with Adam");
        Button compare = _get(dialog, Button.class, s -> s.withText("Compare"));
        assertThat(compare.isEnabled()).isFalse();

        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Search titles")), "TANH");
        assertThat(titles(grid)).containsExactly("XOR, tanh");
        grid.select(row(grid, 0));
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Search titles")), "adam");
        grid.select(row(grid, 0));

        assertThat(compare.getText()).isEqualTo("Compare 3 runs");
        _click(compare);
        assertThat(location()).isEqualTo("compare?runs=" + sgd + "," + tanh + "," + adam);
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void repeatWithSeedsStartsTheRunsAndOpensTheirComparisonWithTheOriginal() {
        openRun(adam);
        _click(_get(Button.class, s -> s.withText("Repeat with N seeds\u2026")));
        TextField count = _get(TextField.class, s -> s.withLabel("Number of seeds"));
        assertThat(count.getValue()).isEqualTo("5");
        assertThat(_get(Button.class, s -> s.withText("Start 5 runs")).isEnabled()).isTrue();

        _setValue(count, "2");
        _click(_get(Button.class, s -> s.withText("Start 2 runs")));

        List<Long> repeats = runs.listNewestFirst(me()).stream().filter(r -> Long.valueOf(adam).equals(r.getParentId()))
                .map(Run::getId).sorted().toList();
        assertThat(repeats).hasSize(2);
        assertThat(runs.details(me(), repeats.get(0)).run().getTitle()).isEqualTo("XOR with Adam \u00b7 seed 12");
        assertThat(location()).isEqualTo("compare?runs=" + adam + "," + repeats.get(0) + "," + repeats.get(1));
        expectNotifications("Started 2 runs with other seeds; the comparison fills in as they train.");
    }

    @Test
    void elevenSeedsOrARunWhoseDataIsGoneStartNothingAndTheDialogSaysWhy() {
        openRun(adam);
        _click(_get(Button.class, s -> s.withText("Repeat with N seeds\u2026")));
        TextField count = _get(TextField.class, s -> s.withLabel("Number of seeds"));

        _setValue(count, "11");
        Button start = _get(Button.class, s -> s.withText("Start"));
        assertThat(count.getErrorMessage()).as("said as soon as it is typed").isEqualTo("The number of seeds must be between 1 and 10");
        _click(start);
        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("The number of seeds must be between 1 and 10");

        database.update("UPDATE run SET spec = REPLACE(spec, '\"builtin:xor\"', '\"upload:999\"') WHERE id = ?", adam);
        _setValue(count, "3");
        _click(_get(Button.class, s -> s.withText("Start 3 runs")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("repeat-problem")).getText())
                .startsWith("The dataset this run trained on is not in your library");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(runs.listNewestFirst(me())).hasSize(3);
    }

    private static void openRun(long id) {
        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));
    }

    private void tick(long id) {
        runsGrid().select(runs.find(me(), RunQuery.all()).stream().filter(r -> r.run().getId() == id).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Grid<RunRow> runsGrid() {
        return _get(Grid.class);
    }

    private static RunRow row(Grid<RunRow> grid, int index) {
        return GridKt._get(grid, index);
    }

    private static List<String> titles(Grid<RunRow> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> row(grid, i).run().getTitle()).toList();
    }

    private static String hint() {
        return _get(Span.class, s -> s.withClasses("compare-hint")).getText();
    }

    /** Where the browser is, as the comparison page reads it (Vaadin writes the commas as %2C). */
    static String location() {
        return java.net.URLDecoder.decode(UI.getCurrent().getInternals().getActiveViewLocation()
                .getPathWithQueryParameters(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
