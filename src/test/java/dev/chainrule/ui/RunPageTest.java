package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.runs.RunView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A run's page names every setting it trained with, the data it saw, and how it ended. */
@Import(AbstractAppTest.SynchronousTraining.class)
class RunPageTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    DatasetService datasets;
    @Autowired
    JdbcTemplate database;

    @Test
    void everySettingIsInTheTableWithItsValue() {
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 16, 40, true, 4242,
                ClippingSpec.byNorm(2.5), 0.001, new EarlyStoppingSpec(100, 0.0));
        long id = launcher.launch("every setting", "builtin:xor", DataOptions.defaults().withStandardize(true)
                        .withValidation(0.2, 9), List.of(new DenseSpec(8, Activation.TANH), new DropoutSpec(0.25),
                        new DenseSpec(1, Activation.SIGMOID)), config, Init.HE, me(), null);

        // 40 epochs of four rows may take under a millisecond, and then no speed is shown: two seconds, as if slow
        database.update("UPDATE epoch_metric SET elapsed_ms = 2000 WHERE run_id = ? AND epoch = 40", id);
        database.update("UPDATE epoch_curve SET elapsed_ms = 2000 WHERE run_id = ? AND epoch = 40", id);
        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));

        assertThat(settings().get(0)).as("the dataset by name and checksum").first().isEqualTo("Dataset");
        assertThat(settings().get(0).get(1)).startsWith("XOR · ");
        assertThat(settings().get(1)).containsExactly("Rows trained on", "3 for training, 1 for validation");
        assertThat(settings()).contains(List.of("Layer 1", "Dense, 8 units, tanh"), List.of("Layer 2", "Dropout, rate 0.25"),
                        List.of("Layer 3", "Dense, 1 unit, sigmoid"), List.of("Loss", "bce"),
                        List.of("Optimizer", "Adam"), List.of("Learning rate", "0.01"),
                        List.of("β1, β2, ε", "0.9, 0.999, 1e-08"), List.of("Batches", "Mini-batches of 16"),
                        List.of("Shuffle each epoch", "yes"), List.of("Epochs", "40"),
                        List.of("Gradient clipping", "by norm, at most 2.5"), List.of("Weight decay (L2)", "0.001"),
                        List.of("Dropout", "1 layer (see the layers above)"), List.of("Initial weights", "He"),
                        List.of("Seed", "4242"), List.of("Validation share", "0.2 of the rows (split seed 9)"),
                        List.of("Early stopping", "after 100 epochs without a better validation loss"),
                        List.of("Standardised features", "yes (mean 0, standard deviation 1)"),
                        List.of("Missing values", "rows with a gap dropped"));
        List<String> numbers = table("run-numbers").stream().map(r -> r.get(0)).toList();
        assertThat(numbers).containsSubsequence("Status", "Epochs trained", "Training loss", "Validation loss",
                "Training accuracy", "Validation accuracy", "Best validation loss", "Best validation accuracy",
                "Time", "Speed");
        assertThat(table("run-numbers")).contains(List.of("Status", "Completed"), List.of("Epochs trained", "40"),
                List.of("Time", "2.0 s"), List.of("Speed", "20 epochs/s"));
        assertThat(summary()).startsWith("2-8-1 network, Adam");

        // As while it trains: no weights stored yet. The width comes from its data, not "inputs-8-1".
        database.update("UPDATE run SET final_weights = NULL, final_weights_bin = NULL WHERE id = ?", id);
        UI.getCurrent().navigate("runs");
        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));
        assertThat(summary()).startsWith("2-8-1 network, Adam");
    }

    @Test
    void theRowsLeftOutAreNamedWithTheirRule() {
        String csv = "a,b,y\n1,2,0\n,3,1\n4,5,0\n6,7,1\n8,9,0\n1,1,1\n2,2,0\n3,3,1\n";
        datasets.upload(me(), "gaps.csv", csv.getBytes(UTF_8));
        String key = "upload:" + datasets.uploads(me()).get(0).getId();
        long id = launcher.launch("gaps", key, DataOptions.defaults(), List.of(new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 0, 2, false, 1), Init.XAVIER, me(), null);

        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));

        assertThat(settings()).contains(List.of("Rows trained on", "7 for training, 0 for validation"),
                List.of("Rows left out", "1 of 8 rows left out: 1 with a missing value in an input column (rule: a row "
                        + "with a missing value is left out, and a missing target is never made up). To keep them, fill "
                        + "in the gaps in the file and upload it again (the Datasets page counts each column's gaps)."));
    }

    private static List<List<String>> settings() {
        return table("run-settings");
    }

    private static List<List<String>> table(String className) {
        return _get(TextTable.class, spec -> spec.withClasses(className)).getRows().stream()
                .map(r -> r.cells().stream().map(TextTable.Cell::text).toList()).toList();
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("run-summary")).getText();
    }
}
