package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.account.LoginView;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.LineChart;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.runs.RunView;
import dev.chainrule.ui.share.ShareDialog;
import dev.chainrule.ui.share.ShareView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A share link as a class uses it: watch without an account, fork after logging in; a withdrawn link is gone. */
@Import(AbstractAppTest.SynchronousTraining.class)
class ShareViewTest extends AbstractAppTest {
    private static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)> Quadrants & \"friends\"";
    private static final String HOSTILE_NOTES = "Line one\n<script>alert('notes')</script>\n  indented";

    @Autowired
    ShareService shares;
    @Autowired
    RunService runs;
    @Autowired
    DatasetService datasets;
    @Autowired
    RunLauncher launcher;

    Visitor ada;
    Dataset upload;
    long run;
    String token;

    @BeforeEach
    void adaSharesARunOnHerUpload() {
        ada = People.person(accounts, "ada");
        // her quadrants, made once: another test of the same context may have given "ada" uploads of its own
        upload = datasets.uploads(ada).stream().filter(d -> d.getName().equals("<b>quadrants</b>")).findFirst()
                .orElseGet(() -> SharedRuns.upload(datasets, ada, "<b>quadrants</b>.csv", 3));
        run = SharedRuns.train(launcher, ada, "upload:" + upload.getId(), "Quadrants");
        runs.rename(ada, run, HOSTILE_TITLE);
        runs.updateNotes(ada, run, HOSTILE_NOTES);
        token = shares.share(ada, run);
    }

    @Test
    void aVisitorWithoutAnAccountWatchesTheRunReadOnlyAndEveryTypedTextStaysText() {
        logOut();

        UI.getCurrent().navigate("s/" + token);

        ShareView page = _get(ShareView.class);
        assertThat(page.getPageTitle()).isEqualTo(HOSTILE_TITLE + " · Chainrule");
        assertThat(_get(H2.class, s -> s.withText(HOSTILE_TITLE))).isNotNull();
        assertThat(_get(Paragraph.class, s -> s.withClasses("shared-by")).getText()).startsWith("Shared by ada.");
        Paragraph notes = _get(Paragraph.class, s -> s.withClasses("shared-notes"));
        assertThat(notes.getText()).isEqualTo(HOSTILE_NOTES);
        assertThat(notes.getStyle().get("white-space")).isEqualTo("pre-wrap");
        assertThat(_find(Html.class)).as("no owner text as markup").isEmpty();
        assertThat(rows("shared-dataset")).contains("Dataset: <b>quadrants</b>", "Size: 40 rows × 3 columns",
                "Target: label (binary, 2 classes)", "Inputs: 2: x, y", "Rows trained on: 30 for training, 10 for validation");
        assertThat(rows("shared-settings")).contains("Layer 1: Dense, 4 units, tanh", "Layer 2: Dense, 1 unit, sigmoid",
                "Task: binary", "Loss: bce", "Optimizer: SGD (momentum)", "Learning rate: 0.1", "Momentum: 0.5",
                "Batches: Mini-batches of 8", "Shuffle each epoch: yes", "Epochs: 3", "Gradient clipping: none",
                "Weight decay (L2): none", "Dropout: none", "Initial weights: Xavier (Glorot)", "Seed: 11",
                "Validation share: 0.25 of the rows (split seed 1)", "Early stopping: off",
                "Standardised features: yes (mean 0, standard deviation 1)");
        assertThat(rows("shared-final")).contains("Status: Completed", "Epochs trained: 3")
                .anySatisfy(r -> assertThat(r).startsWith("Training loss: "));
        assertThat(_get(BoundaryChart.class).getPointUpdates()).isEqualTo(1);
        assertThat(_find(LineChart.class)).isNotEmpty().allSatisfy(chart -> assertThat(chart.getPointCount()).isEqualTo(3));
        // nothing that changes the run
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
        // (the frame's menu and presentation buttons change no run: only the page's own count)
        assertThat(_find(_get(ShareView.class), Button.class).stream().map(Button::getText))
                .containsExactly("Fork: train it yourself");
    }

    @Test
    void forkingWithoutAnAccountAsksToLogInAndComesBackToTheFork() {
        logOut();
        UI.getCurrent().navigate("s/" + token);

        _click(_get(Button.class, s -> s.withText("Fork: train it yourself")));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT))
                .as("where the log-in returns to").isEqualTo("lab?fork=" + token);
    }

    @Test
    void someoneElseForksIntoTheirLabTrainsAndTheirRunSaysWhereItCameFrom() {
        logInAs("bea");
        UI.getCurrent().navigate("s/" + token);

        _click(_get(Button.class, s -> s.withText("Fork: train it yourself")));

        assertThat(_get(LabView.class)).isNotNull();
        assertThat(_get(Span.class, s -> s.withClasses("forked-from")).getText())
                .isEqualTo("Forked from \u201c" + HOSTILE_TITLE + "\u201d by ada. Train to make your own run.");
        assertThat(label("Dataset")).isEqualTo("<b>quadrants</b>");
        Dataset copy = datasets.uploads(me()).get(0);
        assertThat(copy.getChecksum()).isEqualTo(upload.getChecksum());
        assertThat(label("Optimizer")).isEqualTo("SGD (momentum)");
        assertThat(label("Loss")).isEqualTo("bce");
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo(HOSTILE_TITLE);

        _click(_get(Button.class, s -> s.withText("Train")));

        Run mine = runs.listNewestFirst(me()).get(0);
        assertThat(mine.getParentId()).isEqualTo(run);
        assertThat(runs.details(me(), mine.getId()).spec().data().dataset()).isEqualTo("upload:" + copy.getId());
        UI.getCurrent().navigate(RunView.class, RunView.parameters(mine.getId()));
        assertThat(_get(Paragraph.class, s -> s.withClasses("derived-from")).getText())
                .isEqualTo("forked from \u201c" + HOSTILE_TITLE + "\u201d by ada");
    }

    @Test
    void theOwnerSharesFromTheRunPageAndAWithdrawnLinkIsNotFound() {
        logInAs("ada");
        UI.getCurrent().navigate(RunView.class, RunView.parameters(run));

        _click(_get(Button.class, s -> s.withText("Share\u2026")));

        ShareDialog dialog = _get(ShareDialog.class);
        assertThat(dialog.link()).endsWith("/s/" + token).startsWith("http");
        _click(_get(Button.class, s -> s.withText("Withdraw link")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(dialog.link()).isEmpty();
        assertThat(shares.activeToken(ada, run)).isEmpty();

        logOut();
        UI.getCurrent().navigate("s/" + token);
        assertThat(_find(ShareView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).getPageTitle()).isEqualTo("Not found · Chainrule");
        assertThat(_get(Paragraph.class, s -> s.withClasses("not-found-message")).getText())
                .isEqualTo("This link does not exist or was withdrawn by its owner.");

        UI.getCurrent().navigate("s/not-a-token");
        assertThat(_get(Paragraph.class, s -> s.withClasses("not-found-message")).getText())
                .isEqualTo("This link does not exist or was withdrawn by its owner.");
    }

    @Test
    void aMissingRunGetsTheSameNotFoundPage() {
        UI.getCurrent().navigate("runs/999999");

        assertThat(_get(NotFoundView.class).getPageTitle()).isEqualTo("Not found · Chainrule");
        assertThat(_get(Paragraph.class, s -> s.withClasses("not-found-message")).getText())
                .isEqualTo("There is no run with id 999999. It may have been deleted. Open the list of runs to pick one.");
    }

    private static List<String> rows(String tableClass) {
        NativeTable table = _get(NativeTable.class, s -> s.withClasses(tableClass));
        return table.getBody().getRows().stream()
                .map(r -> r.getHeaderCells().get(0).getText() + ": " + r.getDataCells().get(0).getText()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(String label) {
        Select select = _get(Select.class, s -> s.withLabel(label));
        return (String) select.getItemLabelGenerator().apply(select.getValue());
    }
}
