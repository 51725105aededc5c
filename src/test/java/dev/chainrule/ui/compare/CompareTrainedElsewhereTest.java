package dev.chainrule.ui.compare;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
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
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.lab.LiveLab;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, more than one server: a comparison opened on one instance follows a run that another instance trains,
 * from what that instance stores, and shows its end.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class CompareTrainedElsewhereTest extends AbstractAppTest {
    private static final String OTHER = "00000000-0000-0000-0000-00000000000c";
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunStore store;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate database;

    @Test
    void aRunTrainedOnAnotherInstanceGrowsOnTheComparisonAndItsEndIsShown() {
        long done = launch("here, finished");
        long elsewhere = launch("on another instance");
        // as the other instance has it after 5 of its 30 epochs
        List<EpochRecord> rest = runs.history(elsewhere).subList(5, 30);
        OtherInstances.trainingThere(database, elsewhere, OTHER, 5);

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(CompareLinks.RUNS, done + "," + elsewhere)));
        ComparisonPage page = _get(ComparisonPage.class);
        OutcomeTable outcomes = _get(OutcomeTable.class);
        String key = String.valueOf(elsewhere);

        store.appendEpochs(elsewhere, rest.subList(0, 10), CurveRows.stride(30));
        awaitUntil(() -> epochs(outcomes, key) == 15, () -> "epochs shown: " + epochs(outcomes, key) + ", status "
                + page.state().find(key).status()); // live
        store.appendEpochs(elsewhere, rest.subList(10, 25), CurveRows.stride(30));
        store.markFinished(elsewhere, RunStatus.COMPLETED, "Trained all 30 epochs.", null, rest.get(24));
        awaitUntil(() -> page.state().find(key).status() == RunStatus.COMPLETED,
                () -> "status " + page.state().find(key).status());

        assertThat(epochs(outcomes, key)).as("the stored run, read again at its end").isEqualTo(30);
    }

    private long launch(String title) {
        return launcher.launch(title, "builtin:xor", DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 8, 30, true, 1), Init.XAVIER, me(), null);
    }

    /** Lets pushed updates in (the test holds the UI lock) until the condition holds, for at most 30 s. */
    private static void awaitUntil(BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out; " + state.get());
            }
            LiveLab.sleep(50);
            MockVaadin.clientRoundtrip();
        }
    }

    private static int epochs(OutcomeTable outcomes, String key) {
        String text = outcomes.cell(key, "Epochs");
        return text.equals("—") ? 0 : Integer.parseInt(text.replace(",", ""));
    }
}
