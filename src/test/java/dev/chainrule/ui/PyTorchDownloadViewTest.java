package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.pytorch.TorchScript;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.runs.RunView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Acceptance 4 from a run's page: "Download as PyTorch (zip)" gives a script and its rows that, run under
 * PyTorch, train the stored run again — every epoch's training loss as the run's history holds it, to 1e-9.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class PyTorchDownloadViewTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;
    @Autowired
    RunService runs;
    @TempDir
    Path dir;

    @Test
    void aShuffledRunWithDropoutAndValidationDownloadsAsAScriptThatTrainsItAgain() throws Exception {
        long id = launcher.launch("Spirals, dropout & Adam", "builtin:spirals",
                DataOptions.defaults().withStandardize(true).withValidation(0.2, 4),
                List.of(new DenseSpec(8, Activation.TANH), new DropoutSpec(0.25), new DenseSpec(8, Activation.RELU),
                        new DropoutSpec(0.1), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, new AdamSpec(0.02, 0.9, 0.999, 1e-8), 32, 8, true, 77,
                        ClippingSpec.byNorm(1.0), 0.001, null),
                Init.XAVIER, me(), null);

        Path script = downloadAndUnzip(id, "spirals-dropout-adam");

        assertTrainsAgain(TorchScript.run(script), runs.details(me(), id));
    }

    @Test
    void theSeedExampleWhoseRowsTravelInItsExperimentDownloadsToo() throws Exception {
        String seed = Files.readString(Path.of("src", "test", "resources", "cli", "seed.json"));
        long id = training.start(me(), ExperimentJson.read(seed), 0);

        Path script = downloadAndUnzip(id, "seed-example");

        JsonNode result = TorchScript.run(script);
        assertThat(result.at("/epochs/0/trainLoss").asDouble()).isEqualTo(0.10270716914594588);
        assertTrainsAgain(result, runs.details(me(), id));
    }

    // the run page's zip, unpacked: <title>/run.py and <title>/run-data.csv
    private Path downloadAndUnzip(long id, String folder) throws IOException {
        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));
        Anchor link = _get(Anchor.class, s -> s.withText("Download as PyTorch (zip)"));
        assertThat(link.getElement().getAttribute("download")).isEqualTo(folder + "-pytorch.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(_download(link)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                Path file = dir.resolve(entry.getName()).normalize();
                assertThat(file).startsWithRaw(dir);
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
            }
        }
        assertThat(names).containsExactly(folder + "/run.py", folder + "/run-data.csv");
        return dir.resolve(folder).resolve("run.py");
    }

    private static void assertTrainsAgain(JsonNode script, RunDetails run) {
        List<Double> losses = run.history().stream().map(EpochRecord::trainLoss).toList();
        assertThat(losses).hasSize(run.spec().training().epochs());
        TorchScript.assertSameLosses(script, losses);
    }
}
