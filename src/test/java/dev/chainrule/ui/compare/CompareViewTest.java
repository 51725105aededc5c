package dev.chainrule.ui.compare;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.Change;
import dev.chainrule.compare.ComparisonCsv;
import dev.chainrule.compare.DiffCell;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.NotFoundView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The comparison as a teacher reads it: the settings that differ, layer by layer, the outcomes, groups; and only one's own runs. */
@Import(AbstractAppTest.SynchronousTraining.class)
class CompareViewTest extends AbstractAppTest {
    private static final DenseSpec TANH = new DenseSpec(8, Activation.TANH);
    private static final DenseSpec OUTPUT = new DenseSpec(1, Activation.SIGMOID);

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;

    long tanh;
    long relu;
    long shallow;

    @BeforeEach
    void threeRuns() {
        tanh = train("tanh", List.of(TANH, TANH, OUTPUT), AdamSpec.withDefaults(0.01), me());
        relu = train("relu in layer 2", List.of(TANH, new DenseSpec(8, Activation.RELU), OUTPUT), AdamSpec.withDefaults(0.01), me());
        shallow = train("one hidden layer, SGD", List.of(TANH, OUTPUT), SgdSpec.plain(0.1), me());
    }

    @Test
    void theSettingsShowOnlyWhatDiffersAndTheNetworkLayerByLayer() {
        open(tanh + "," + relu + "," + shallow);

        SettingsDiffTable table = _get(SettingsDiffTable.class);
        List<DiffCell> layer2 = table.shownCells("Layer 2");
        assertThat(layer2.get(1).change()).isEqualTo(Change.CHANGED);
        assertThat(layer2.get(1).text()).as("tanh → relu is one changed cell").contains("relu").contains("8 units");
        // 8-8-1 against 8-1: one of the two equal hidden layers is gone, marked so, and nothing else changed
        List<DiffCell> shallowLayers = List.of(cellOrSame(table, "Layer 1", 2), cellOrSame(table, "Layer 2", 2),
                cellOrSame(table, "Layer 3", 2));
        assertThat(shallowLayers).extracting(DiffCell::change).containsOnlyOnce(Change.REMOVED)
                .doesNotContain(Change.CHANGED, Change.ADDED);
        assertThat(shallowLayers).filteredOn(c -> c.change() == Change.REMOVED).extracting(DiffCell::text)
                .containsExactly(DiffCell.NONE);
        assertThat(table.shownCells("Loss")).as("equal settings are hidden").isNull();
        assertThat(table.shownCells("Layer 3")).as("the output layers are alike").isNull();

        _setValue(_get(table, Checkbox.class, s -> s.withLabel("Only differences")), false);

        assertThat(table.shownCells("Loss")).extracting(DiffCell::change).containsOnly(Change.SAME);
    }

    @Test
    void everyRunIsDrawnInItsOwnColourAndTheLegendHidesOne() {
        open(tanh + "," + relu + "," + shallow);

        List<CompareChart> charts = _find(CompareChart.class);
        assertThat(charts).hasSize(3); // loss, accuracy, gradient norm
        for (CompareChart chart : charts) {
            assertThat(chart.getRuns()).extracting(CompareChart.ChartRun::key)
                    .containsExactly(String.valueOf(tanh), String.valueOf(relu), String.valueOf(shallow));
            assertThat(chart.getRuns()).extracting(CompareChart.ChartRun::color).doesNotHaveDuplicates();
            assertThat(chart.getCurvesSent()).isEqualTo(3);
        }

        _get(RunLegend.class).toggle(String.valueOf(relu), false);

        assertThat(charts).allSatisfy(c -> assertThat(c.getHidden()).containsExactly(String.valueOf(relu)));
    }

    @Test
    void theOutcomesMarkTheBestAndGroupsShowMeanAndSpread() {
        open(tanh + "," + relu + "," + shallow);
        OutcomeTable outcomes = _get(OutcomeTable.class);
        Map<Long, Double> finalLoss = LongStream.of(tanh, relu, shallow).boxed()
                .collect(Collectors.toMap(id -> id, id -> last(id).validationLoss()));
        long best = finalLoss.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(outcomes.bestIn("Final val. loss")).containsExactly(String.valueOf(best));
        assertThat(outcomes.cell(String.valueOf(tanh), "Final val. loss")).isEqualTo(String.format("%.4g", finalLoss.get(tanh)));
        List<String> byLoss = finalLoss.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> String.valueOf(e.getKey())).toList();
        outcomes.pressHeader("Final val. loss");
        assertThat(outcomes.keys()).as("lowest first").containsExactlyElementsOf(byLoss);
        outcomes.pressHeader("Final val. loss");
        assertThat(outcomes.keys()).as("highest first").containsExactlyElementsOf(reversed(byLoss));
        outcomes.pressHeader("Final val. loss");
        assertThat(outcomes.keys()).as("the comparison's order").containsExactly(String.valueOf(tanh), String.valueOf(relu),
                String.valueOf(shallow));

        choose("Group by", "Optimizer");

        OutcomeTable groups = _get(OutcomeTable.class);
        // Adam: the tanh and the relu run; worked out here from their stored histories
        double a = finalLoss.get(tanh);
        double b = finalLoss.get(relu);
        double mean = (a + b) / 2;
        double sd = Math.sqrt(((a - mean) * (a - mean) + (b - mean) * (b - mean)) / (2 - 1));
        assertThat(groups.cell("g0", "Final val. loss"))
                .isEqualTo(String.format("%.4g", mean) + " ± " + String.format("%.4g", sd) + " (n=2)");
        assertThat(groups.cell("g1", "Epochs")).as("a group of one has no spread").isEqualTo("3 (n=1)");
        for (CompareChart chart : _find(CompareChart.class)) {
            assertThat(chart.getBands()).extracting(CompareChart.BandSeries::label)
                    .containsExactly("Adam (2 runs)", "SGD (gradient descent) (1 run)");
        }
    }

    @Test
    void someoneElsesRunInTheAddressIsNotFoundAndNoneOfItsNumbersReachThePage() {
        Visitor other = People.person(accounts, "someone-else");
        long theirs = train("THEIR SECRET RUN", List.of(TANH, OUTPUT), SgdSpec.plain(0.1), other);

        open(tanh + "," + theirs);

        assertThat(_get(Paragraph.class, s -> s.withClasses("compare-not-found")).getText()).startsWith("Not found: " + theirs + ".");
        assertThat(_get(OutcomeTable.class).keys())
                .containsExactly(String.valueOf(tanh));
        assertThat(_find(CompareChart.class)).allSatisfy(c -> assertThat(c.getRuns()).extracting(CompareChart.ChartRun::label)
                .containsExactly("tanh"));
        assertThat(_get(SettingsDiffTable.class).shownCells("Loss")).isNull();

        open(String.valueOf(theirs));

        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(_find(ComparisonPage.class)).isEmpty();
    }

    /** The CSV goes to the response as it is written, every stored epoch of each run still there; one deleted since is left out. */
    @Test
    void theCsvStreamsEveryEpochOfTheRunsStillThere() throws IOException {
        open(tanh + "," + shallow);
        ComparisonPage page = _get(ComparisonPage.class);
        runs.delete(me(), shallow);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        VaadinResponse response = Mockito.mock(VaadinResponse.class);
        Mockito.when(response.getOutputStream()).thenReturn(body);

        page.writeCsv(new DownloadEvent(Mockito.mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                page.getElement()));

        List<String> lines = body.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(ComparisonCsv.HEADER);
        assertThat(lines).filteredOn(l -> l.contains(",seconds,")).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly(String.valueOf(tanh), String.valueOf(tanh), String.valueOf(tanh));
        assertThat(lines).contains(tanh + ",tanh,3,validation_loss," + last(tanh).validationLoss());
    }

    @Test
    void moreThanFiftyRunsGetAMessageNotAFrozenPage() {
        open(LongStream.rangeClosed(1, 51).mapToObj(String::valueOf).collect(Collectors.joining(",")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("compare-problem")).getText()).contains("50");
        assertThat(_find(ComparisonPage.class)).isEmpty();
    }

    // a row hidden as equal counts as SAME
    private static DiffCell cellOrSame(SettingsDiffTable table, String setting, int run) {
        List<DiffCell> cells = table.shownCells(setting);
        return cells == null ? new DiffCell("", Change.SAME) : cells.get(run);
    }

    private EpochRecord last(long id) {
        List<EpochRecord> history = runs.details(me(), id).history();
        return history.get(history.size() - 1);
    }

    private long train(String title, List<LayerSpec> layers, OptimizerSpec optimizer, Visitor owner) {
        return launcher.launch(title, "builtin:xor", DataOptions.defaults().withValidation(0.25, 1), layers,
                new TrainingConfig(LossKind.BCE, optimizer, 8, 3, true, 1), Init.XAVIER, owner, null);
    }

    private static void open(String runs) {
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(CompareLinks.RUNS, runs)));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
