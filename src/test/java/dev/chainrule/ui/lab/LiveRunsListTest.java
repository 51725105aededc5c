package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.chainrule.ui.lab.LiveLab.awaitUntil;
import static dev.chainrule.ui.lab.LiveLab.progress;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.runs.RunsView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run keeps training when its Lab goes away, and the Lab opened again follows it: the newest at
 * once, any other with Watch. The runs really train on the server's pool, slowly (10 epochs a second).
 */
class LiveRunsListTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;
    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void stopTheRuns() {
        started.forEach(id -> training.stop(me(), id));
    }

    @Test
    void aReloadedLabFollowsTheNewestRunAndWatchFollowsAnother() {
        UI.getCurrent().navigate(LabView.class);
        long first = slowRun("XOR <i>first</i>", 100_000);
        UI.getCurrent().navigate(RunsView.class); // leaving the Lab stops nothing
        reload();
        assertThat(training.isLive(first)).isTrue();

        UI.getCurrent().navigate(LabView.class);
        awaitUntil(() -> progress().contains("of 100,000"));
        assertThat(progress()).startsWith("Training");
        assertThat(list()).contains("XOR <i>first</i>", "shown here");
        assertThat(_get(Button.class, s -> s.withText("Watching")).isEnabled()).isFalse();
        assertThat(_get(Anchor.class, s -> s.withText("Open its page")).getHref()).isEqualTo("runs/" + first);

        long second = slowRun("XOR second", 50_000);
        awaitUntil(() -> !_find(Button.class, s -> s.withText("Watch")).isEmpty()); // the list looks every 2 s
        _click(_get(Button.class, s -> s.withText("Watch")));
        awaitUntil(() -> progress().contains("of 50,000"));
        assertThat(list()).contains("XOR second").contains("XOR <i>first</i>");
        assertThat(training.isLive(first)).as("watching another run stops none").isTrue();
        assertThat(training.isLive(second)).isTrue();
    }

    private long slowRun(String title, int epochs) {
        long id = launcher.start(title, "builtin:xor", DataOptions.defaults().withStandardize(true),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 4, epochs, true, 1), Init.XAVIER, me(), null,
                10).id();
        started.add(id);
        return id;
    }

    private static String list() {
        return _get(LiveRunsList.class).getElement().getTextRecursively();
    }
}
