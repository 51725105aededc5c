package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.CurveRows;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.OtherInstances;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.lab.LiveLab;
import dev.chainrule.ui.runs.RunView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, more than one server: the page of a run that another app instance trains (as the load balancer may send a
 * viewer to any instance) follows it from the database, says in one line why it has no pictures yet, answers Stop with
 * what to do, and shows the run's end and its final numbers when that instance stores them.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class RunTrainedElsewhereTest extends AbstractAppTest {
    private static final String OTHER = "00000000-0000-0000-0000-00000000000b";
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunStore store;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate database;

    @Test
    void itsPageFollowsItFromTheDatabaseSaysWhyThereAreNoPicturesAndRefusesStopWithAReason() {
        // a real run's rows, then made to look as the other instance has them after 5 of its 20 epochs
        long id = launcher.launch("elsewhere", "builtin:xor", DataOptions.defaults(),
                List.of(new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 0, 20, false, 1), Init.XAVIER, me(), null);
        List<EpochRecord> rest = runs.history(id).subList(5, 20);
        var weights = runs.finalWeights(id).orElseThrow();
        OtherInstances.trainingThere(database, id, OTHER, 5);

        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));

        Paragraph elsewhere = _get(Paragraph.class, spec -> spec.withClasses("run-elsewhere"));
        assertThat(elsewhere.isVisible()).isTrue();
        assertThat(elsewhere.getText()).isEqualTo("This run trains on another server: its pictures show once it ends.");
        Button stop = _get(Button.class, spec -> spec.withText("Stop"));
        assertThat(stop.isVisible()).as("it is running, so Stop is offered").isTrue();
        assertThatThrownBy(() -> _click(stop)).isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("only that server can stop, pause or pace it");

        store.appendEpochs(id, rest, CurveRows.stride(20)); // the other instance trains on and ends
        store.markFinished(id, RunStatus.COMPLETED, "Trained all 20 epochs.", weights, rest.get(rest.size() - 1));
        LiveLab.awaitUntil(() -> !stop.isVisible());

        assertThat(elsewhere.isVisible()).as("its final picture is drawn here").isFalse();
        assertThat(numbers()).as("its final numbers, read again when it ended")
                .contains(List.of("Status", "Completed: Trained all 20 epochs."), List.of("Epochs trained", "20"));
    }

    private static List<List<String>> numbers() {
        return _get(TextTable.class, spec -> spec.withClasses("run-numbers")).getRows().stream()
                .map(r -> r.cells().stream().map(TextTable.Cell::text).toList()).toList();
    }
}
