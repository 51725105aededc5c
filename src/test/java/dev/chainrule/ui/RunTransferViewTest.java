package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.run.Imported;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunTransfer;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.runs.RunView;
import dev.chainrule.ui.runs.RunsView;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Export and import as a teacher uses them: the Runs page's import, a run page's two downloads. */
@Import(AbstractAppTest.SynchronousTraining.class)
class RunTransferViewTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    RunTransfer transfer;
    @Autowired
    JdbcTemplate database;

    @Test
    void importingSomeoneElsesExportedRunOpensItAsAFinishedRunOfMine() {
        Visitor colleague = People.person(accounts, "colleague");
        long theirs = train(colleague, "Colleague's XOR");
        byte[] file = transfer.exportJson(colleague, theirs).getBytes(UTF_8);
        UI.getCurrent().navigate(RunsView.class);

        _upload(_get(Upload.class), "colleague-s-xor.chainrule.json", "application/json", file);

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("runs/\\d+");
        long mine = Long.parseLong(path.substring("runs/".length()));
        assertThat(mine).isNotEqualTo(theirs);
        RunDetails details = runs.details(me(), mine);
        assertThat(details.run().getTitle()).isEqualTo("Colleague's XOR");
        assertThat(details.run().getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(details.history()).hasSize(6);
        assertThat(_get(RunView.class).getPageTitle()).isEqualTo("Colleague's XOR · Chainrule");
    }

    @Test
    void aRefusedFileSaysWhyUnderTheUploadAndStoresNothing() {
        int before = count("run");
        UI.getCurrent().navigate(RunsView.class);

        _upload(_get(Upload.class), "newer.json", "application/json",
                "{\"format\": \"chainrule-run/2\", \"title\": \"From the future\"}".getBytes(UTF_8));

        Span message = _get(Span.class, s -> s.withClasses("import-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("newer.json was not imported: format: \"chainrule-run/2\" is a "
                + "version this server does not read; it reads \"chainrule-run/1\".");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("runs");
        assertThat(count("run")).isEqualTo(before);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithItsSizeAndStoresNothing() {
        int before = count("run");
        UI.getCurrent().navigate(RunsView.class);
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');

        _upload(_get(Upload.class), "huge.json", "application/json", huge);

        assertThat(_get(Span.class, s -> s.withClasses("import-message")).getText()).isEqualTo("huge.json was not "
                + "imported: it is larger than 10 MB. An exported run of this server is far smaller: download it again.");
        assertThat(count("run")).isEqualTo(before);
    }

    @Test
    void aBareExperimentOpensInTheLabWithoutStoringARun() {
        long id = train(me(), "XOR to try again");
        byte[] design = ExperimentJson.write(runs.details(me(), id).spec()).getBytes(UTF_8);
        int before = count("run");
        UI.getCurrent().navigate(RunsView.class);

        _upload(_get(Upload.class), "design.json", "application/json", design);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lab");
        assertThat(_get(LabView.class)).isNotNull();
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("XOR to try again");
        assertThat(count("run")).isEqualTo(before);
    }

    @Test
    void aRunPageOffersItsJsonAndItsHistoryNamedAfterItsTitleAndTheJsonImportsAgain() {
        long id = train(me(), "Spirals, Adam! (café)");
        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));

        Anchor json = _get(Anchor.class, s -> s.withText("Download JSON"));
        Anchor csv = _get(Anchor.class, s -> s.withText("Download history (CSV)"));

        assertThat(json.getElement().getAttribute("download")).isEqualTo("spirals-adam-cafe.chainrule.json");
        assertThat(csv.getElement().getAttribute("download")).isEqualTo("spirals-adam-cafe-history.csv");
        byte[] file = _download(json);
        assertThat(new String(file, UTF_8)).isEqualTo(transfer.exportJson(me(), id));
        assertThat(new String(_download(csv), UTF_8)).isEqualTo(transfer.historyCsv(me(), id))
                .startsWith("epoch,train_loss,validation_loss,");
        Imported again = transfer.importFile(People.person(accounts, "colleague"), file);
        assertThat(again).isInstanceOf(Imported.StoredRun.class);
    }

    @Test
    void aTitleWithNothingForAFileNameGivesTheRunNumber() {
        long id = train(me(), "«»!?");
        UI.getCurrent().navigate(RunView.class, RunView.parameters(id));

        assertThat(_find(Anchor.class).stream().map(a -> a.getElement().getAttribute("download")).toList())
                .contains("run-" + id + ".chainrule.json", "run-" + id + "-history.csv");
    }

    private long train(Visitor who, String title) {
        return launcher.launch(title, "builtin:xor", DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(3, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 2, 6, true, 1), Init.XAVIER, who, null);
    }

    private int count(String table) {
        return database.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
