package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.runs.RunView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Repeating with more seeds than a person may train at once, as a teacher meets it: those that start
 * are compared at once, and the message says how many did not and what to do; when none can start,
 * the dialog stays and says why. Training is real (not synchronous), so runs are still going.
 */
class RepeatAtTheLimitTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    TrainingService training;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Run run : runs.listNewestFirst(me())) {
            training.stop(me(), run.getId());
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (runs.listNewestFirst(me()).stream().anyMatch(r -> training.isLive(r.getId())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void threeSeedsAtTheLimitOfTwoStartTwoCompareThemAndSayWhyTheThirdDidNot() throws InterruptedException {
        logInAs("teacher at the limit"); // no runs from the other classes of this application: all listed here are this test's
        long original = SharedRuns.train(launcher, me(), "builtin:spirals", "Long spirals", 100_000);
        training.stop(me(), original);
        while (training.isLive(original)) {
            Thread.sleep(20);
        }
        UI.getCurrent().navigate(RunView.class, RunView.parameters(original));
        _click(_get(Button.class, s -> s.withText("Repeat with N seeds\u2026")));
        _setValue(_get(TextField.class, s -> s.withLabel("Number of seeds")), "3");

        _click(_get(Button.class, s -> s.withText("Start 3 runs")));

        List<Long> started = runs.listNewestFirst(me()).stream().map(Run::getId).filter(id -> id != original)
                .sorted().toList();
        assertThat(started).hasSize(2);
        assertThat(CompareEntryTest.location())
                .isEqualTo("compare?runs=" + original + "," + started.get(0) + "," + started.get(1));
        expectNotifications(
                "2 of the 3 repeats started (seeds 12, 13); the other 1 did not. You already have 2 runs training. "
                        + "Wait for one to finish, or stop one, then try again. Repeating again later goes on with the "
                        + "next seed, 14.");

        // with both still training, nothing more can start: the dialog stays open and says so
        UI.getCurrent().navigate(RunView.class, RunView.parameters(original));
        _click(_get(Button.class, s -> s.withText("Repeat with N seeds\u2026")));
        _click(_get(Button.class, s -> s.withText("Start 5 runs")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("repeat-problem")).getText())
                .startsWith("None of the 5 repeats started. You already have 2 runs training.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(runs.listNewestFirst(me())).hasSize(3);
    }
}
