package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.runs.RunView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Edit and run again": the Lab opens with a run's settings, and training saves a new run derived from it. */
@Import(AbstractAppTest.SynchronousTraining.class)
class RunAgainTest extends AbstractAppTest {
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate database;
    @Autowired
    RunLauncher launcher;

    @BeforeEach
    void noExperiments() {
        database.update("DELETE FROM epoch_metric");
        database.update("DELETE FROM run");
    }

    @Test
    void aRunIsTrainedAgainWithOneChangeAndTheOriginalStaysAsItWas() {
        // Given a run on Iris with settings that differ from the Lab's defaults
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "Iris");
        _click(_get(Button.class, s -> s.withText("Add Dropout")));
        choose("Optimizer", "SGD (momentum)");
        _setValue(number("Learning rate"), "0.05");
        _setValue(number("Momentum"), "0.5");
        _setValue(integer("Batch size"), "8");
        _setValue(integer("Epochs"), "4");
        choose("Gradient clipping", "norm");
        _setValue(number("Clip threshold"), "2.0");
        _setValue(number("Weight decay (L2)"), "0.001");
        choose("Initial weights", "He");
        _setValue(integer("Seed"), "7");
        _setValue(number("Validation share"), "0.25");
        _setValue(_get(Checkbox.class, s -> s.withLabel("Stop early when validation loss stalls")), true);
        _setValue(integer("Patience (epochs)"), "3");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Iris with dropout");
        _click(_get(Button.class, s -> s.withText("Train")));
        Run original = runs.listNewestFirst(me()).get(0);
        Map<String, Object> before = stored(original.getId());

        // When it is opened and edited
        UI.getCurrent().navigate(RunView.class, RunView.parameters(original.getId()));
        _click(_get(Button.class, s -> s.withText("Edit and run again")));

        // Then the Lab shows its dataset, layers and settings
        assertThat(label("Dataset")).isEqualTo("Iris");
        assertThat(layerTitles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dense", "Layer 3 · Dropout");
        assertThat(label("Loss")).isEqualTo("cross_entropy");
        assertThat(label("Optimizer")).isEqualTo("SGD (momentum)");
        assertThat(number("Learning rate").getNumber()).isEqualTo(0.05);
        assertThat(number("Momentum").getNumber()).isEqualTo(0.5);
        assertThat(label("Batches")).isEqualTo("Mini-batch");
        assertThat(integer("Batch size").getWholeNumber()).isEqualTo(8);
        assertThat(integer("Epochs").getWholeNumber()).isEqualTo(4);
        assertThat(label("Gradient clipping")).isEqualTo("norm");
        assertThat(number("Clip threshold").getNumber()).isEqualTo(2.0);
        assertThat(number("Weight decay (L2)").getNumber()).isEqualTo(0.001);
        assertThat(label("Initial weights")).isEqualTo("He");
        assertThat(integer("Seed").getWholeNumber()).isEqualTo(7);
        assertThat(number("Validation share").getNumber()).isEqualTo(0.25);
        assertThat(_get(Checkbox.class, s -> s.withLabel("Stop early when validation loss stalls")).getValue()).isTrue();
        assertThat(integer("Patience (epochs)").getWholeNumber()).isEqualTo(3);
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("Iris with dropout (run again)");

        // When one thing changes and it trains
        _setValue(integer("Seed"), "8");
        _click(_get(Button.class, s -> s.withText("Train")));

        // Then a second experiment exists, derived from the first, which is unchanged
        List<Run> all = runs.listNewestFirst(me());
        assertThat(all).hasSize(2);
        Run again = all.get(0);
        assertThat(again.getParentId()).isEqualTo(original.getId());
        assertThat(again.getTitle()).isEqualTo("Iris with dropout (run again)");
        assertThat(runs.details(me(), again.getId()).spec().training().seed()).isEqualTo(8);
        assertThat(stored(original.getId())).isEqualTo(before);

        UI.getCurrent().navigate(RunView.class, RunView.parameters(again.getId()));
        assertThat(_get(Paragraph.class, s -> s.withClasses("derived-from")).getElement().getTextRecursively())
                .isEqualTo("derived from: Iris with dropout");
        assertThat(_get(RouterLink.class, s -> s.withText("Iris with dropout")).getHref())
                .isEqualTo("runs/" + original.getId());
    }

    @Test
    void aRunWhoseDatasetIsGoneOpensOnTheDefaultDatasetAndSaysSo() {
        long id = launcher.launch("XOR, 6 units", "builtin:xor", DataOptions.defaults(),
                List.of(new DenseSpec(6, Activation.RELU), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 4, 2, true, 3), Init.HE, me(), null);
        // as if it had trained on an upload that was deleted since
        database.update("UPDATE run SET spec = REPLACE(spec, '\"builtin:xor\"', '\"upload:999\"') WHERE id = ?", id);

        UI.getCurrent().navigate(LabView.class, QueryParameters.of(LabView.FROM, Long.toString(id)));

        expectNotifications("The dataset of \u201cXOR, 6 units\u201d is not in the library; the Lab shows its network "
                + "and settings on Two spirals instead.");
        assertThat(label("Dataset")).isEqualTo("Two spirals");
        assertThat(layerTitles()).containsExactly("Layer 1 · Dense");
        assertThat(_get(NumberInput.class, s -> s.withLabel("Units")).getWholeNumber()).isEqualTo(6);
        assertThat(label("Initial weights")).isEqualTo("He");
        assertThat(_get(Button.class, s -> s.withText("Train")).isEnabled()).isTrue();
    }

    private Map<String, Object> stored(long id) {
        return database.queryForMap("SELECT title, spec FROM run WHERE id = ?", id);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(String label) {
        Select select = _get(Select.class, s -> s.withLabel(label));
        return (String) select.getItemLabelGenerator().apply(select.getValue());
    }

    private static NumberInput number(String label) {
        return _get(NumberInput.class, s -> s.withLabel(label));
    }

    private static NumberInput integer(String label) {
        return _get(NumberInput.class, s -> s.withLabel(label));
    }

    private static List<String> layerTitles() {
        return _find(Span.class, s -> s.withClasses("layer-title")).stream().map(Span::getText).toList();
    }
}
