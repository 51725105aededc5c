package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunTransfer;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.compare.CompareLinks;
import dev.chainrule.ui.runs.RunView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A run someone else owns, read through a grant (as a teacher reads a student's run of an assignment): its page,
 * its live curves, a comparison and its CSV, read-only and never its notes; every write stays the owner's.
 */
@Import({AbstractAppTest.SynchronousTraining.class, TestRunGrant.class})
class GrantedRunTest extends AbstractAppTest {
    private static final String NOTES = "NOTES ONLY ANN MAY READ";

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    TrainingService training;
    @Autowired
    RunTransfer transfer;
    @Autowired
    TestRunGrant grant;

    Visitor ann;
    long annsRun;

    @BeforeEach
    void aStudentsRunWithNotes() {
        ann = People.person(accounts, "ann");
        annsRun = train("Ann's spirals", ann);
        runs.updateNotes(ann, annsRun, NOTES);
    }

    @AfterEach
    void noGrants() {
        grant.clear();
    }

    @Test
    void aGrantLetsOneReadWithoutTheNotesAndWithoutAnyWrite() {
        assertThatThrownBy(() -> runs.readable(me(), annsRun)).as("no grant yet").isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runs.readable(People.anonymous(), annsRun)).isInstanceOf(SignInRequiredException.class);

        grant.allow(me(), annsRun);

        assertThat(runs.readable(me(), annsRun).getTitle()).isEqualTo("Ann's spirals");
        assertThat(runs.readable(me(), annsRun).getNotes()).as("a granted reader never gets the notes").isNull();
        assertThat(runs.readableDetails(me(), annsRun).run().getNotes()).isNull();
        assertThat(runs.readable(ann, annsRun).getNotes()).as("the owner still does").isEqualTo(NOTES);
        assertThat(transfer.historyCsv(me(), annsRun)).startsWith("epoch,");
        assertThatThrownBy(() -> transfer.exportJson(me(), annsRun)).as("the JSON carries the notes")
                .isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runs.rename(me(), annsRun, "mine now")).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runs.updateNotes(me(), annsRun, "")).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runs.delete(me(), annsRun)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> training.stop(me(), annsRun)).isInstanceOf(RunNotFoundException.class);
        assertThat(runs.details(ann, annsRun).run().getTitle()).as("nothing changed").isEqualTo("Ann's spirals");
    }

    @Test
    void aGrantedReaderFollowsTheRunAsItsOwnerDoes() throws Exception {
        List<EpochRecord> heard = new ArrayList<>();
        AtomicReference<RunStatus> end = new AtomicReference<>();
        RunSubscriber subscriber = new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                heard.addAll(epochs);
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                end.set(status);
            }
        };
        assertThatThrownBy(() -> training.subscribe(me(), annsRun, subscriber)).isInstanceOf(RunNotFoundException.class);
        grant.allow(me(), annsRun);

        training.subscribe(me(), annsRun, subscriber).close();

        assertThat(heard).hasSize(3);
        assertThat(end.get()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void theRunPageIsReadOnlyAndShowsNoNotes() {
        grant.allow(me(), annsRun);

        UI.getCurrent().navigate(RunView.class, RunView.parameters(annsRun));

        assertThat(_get(Paragraph.class, s -> s.withClasses("read-only-run")).getText()).startsWith("ann's run, read-only");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(NOTES).contains("Ann's spirals");
        assertThat(_find(Button.class)).extracting(Button::getText)
                .doesNotContain("Stop", "Edit and run again", "Share\u2026", "Compare with\u2026", "Repeat with N seeds\u2026");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Download history (CSV)")
                .doesNotContain("Download JSON", "Download as PyTorch (zip)");

        logInAs("ann");
        UI.getCurrent().navigate(RunView.class, RunView.parameters(annsRun));
        assertThat(_find(Paragraph.class, s -> s.withClasses("read-only-run"))).as("the owner's page as before").isEmpty();
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains(NOTES);
    }

    @Test
    void withoutAGrantTheRunPageIsNotFound() {
        UI.getCurrent().navigate(RunView.class, RunView.parameters(annsRun));

        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain("Ann's spirals");
    }

    @Test
    void aGrantedRunIsComparedButNotSharedOrSavedAsALesson() {
        long mine = train("my own", me());
        grant.allow(me(), annsRun);

        UI.getCurrent().navigate(CompareLinks.ROUTE, QueryParameters.simple(Map.of(CompareLinks.RUNS, mine + "," + annsRun)));

        assertThat(_find(Paragraph.class, s -> s.withClasses("compare-not-found"))).isEmpty();
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(NOTES)
                .as("a run not one's own is named with its owner").contains("Ann's spirals (ann)");
        assertThat(_find(Button.class)).extracting(Button::getText)
                .doesNotContain("Share comparison\u2026", "Save as lesson\u2026");
        assertThat(_get(Anchor.class, a -> a.withClasses("compare-present")).getHref())
                .as("the same runs on the projector").isEqualTo("present?runs=" + mine + "," + annsRun);
    }

    private long train(String title, Visitor owner) {
        return launcher.launch(title, "builtin:xor", DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 8, 3, true, 1), Init.XAVIER, owner, null);
    }
}
