package dev.chainrule.ui.compare;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.StartOptions;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.AbstractAppTest;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A run that trains while it is compared: its curves and its outcome grow on the page, and its end is shown. */
class CompareLiveTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;

    @Test
    void aRunStillTrainingGrowsOnTheComparisonAndItsEndIsShown() {
        long done = launch("finished", 3);
        awaitUntil(() -> !training.isLive(done), () -> "run " + done + " still training");
        long live = trainSlowly("still training", 100_000);
        training.pause(me(), live);

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of(CompareLinks.RUNS, done + "," + live)));
        ComparisonPage page = _get(ComparisonPage.class);
        OutcomeTable outcomes = _get(OutcomeTable.class);
        String key = String.valueOf(live);
        int before = epochs(outcomes, key);
        List<CompareChart> charts = _find(CompareChart.class);
        assertThat(charts).allSatisfy(c -> assertThat(c.getRuns()).extracting(CompareChart.ChartRun::key).contains(key));

        training.resume(me(), live);
        awaitUntil(() -> epochs(outcomes, key) > before + 20 && charts.stream().allMatch(c -> c.getPointsAppended() > 0),
                () -> "epochs shown " + epochs(outcomes, key) + " (at first " + before + "), points appended "
                        + charts.stream().map(c -> String.valueOf(c.getPointsAppended())).toList());

        training.stop(me(), live);
        awaitUntil(() -> page.state().find(key).status() == RunStatus.STOPPED, () -> "status " + page.state().find(key).status());
        assertThat(page.state().find(key).status()).isEqualTo(RunStatus.STOPPED);
        assertThat(epochs(outcomes, key)).as("the stored run, read again at its end").isGreaterThan(before + 20);
    }

    private long launch(String title, int epochs) {
        return launcher.launch(title, "builtin:xor", DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 8, epochs, true, 1), Init.XAVIER, me(), null);
    }

    /** At 300 epochs a second: it trains through the whole test and ends only when stopped. */
    private long trainSlowly(String title, int epochs) {
        DataOptions options = DataOptions.defaults().withValidation(0.25, 1);
        PreparedData data = launcher.prepare(me(), "builtin:xor", options);
        ExperimentSpec spec = new ExperimentSpec(title, new ExperimentData(options, "builtin:xor", null, null),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 8, epochs, true, 1), Init.XAVIER, null);
        return training.start(spec, data.train(), data.validation(), new StartOptions(300, me(), null, null));
    }

    private static int epochs(OutcomeTable outcomes, String key) {
        String text = outcomes.cell(key, "Epochs");
        return text.equals("—") ? 0 : Integer.parseInt(text.replace(",", ""));
    }

    /** Lets pushed updates in (the test holds the UI lock) until the condition holds, for at most 30 s. */
    private static void awaitUntil(BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out; " + state.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            MockVaadin.clientRoundtrip();
        }
    }
}
