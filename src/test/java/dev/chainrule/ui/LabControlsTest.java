package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.chainrule.ui.lab.LiveLab.awaitUntil;
import static dev.chainrule.ui.lab.LiveLab.button;
import static dev.chainrule.ui.lab.LiveLab.epoch;
import static dev.chainrule.ui.lab.LiveLab.progress;
import static dev.chainrule.ui.lab.LiveLab.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.lab.LabView;
import org.junit.jupiter.api.Test;

/**
 * Pause, Step, Resume and Stop on a run that really trains on the server's pool, as a person
 * would press them; the test waits for the pushed updates between steps.
 */
class LabControlsTest extends AbstractAppTest {
    @Test
    void aRunIsPausedSteppedOneEpochResumedAndStopped() {
        UI.getCurrent().navigate(LabView.class);
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), "100000");
        _click(button("Train"));
        awaitUntil(() -> progress().startsWith("Training"));

        _click(button("Pause"));
        awaitUntil(() -> progress().startsWith("Paused") && button("Resume").isEnabled());
        int pausedAt = epoch();
        assertThat(button("Step").isEnabled()).isTrue();
        assertThat(button("Pause").isEnabled()).isFalse();

        _click(button("Step"));
        awaitUntil(() -> epoch() == pausedAt + 1);
        sleep(300);
        assertThat(epoch()).as("one step trains exactly one epoch").isEqualTo(pausedAt + 1);
        assertThat(progress()).startsWith("Paused");

        _click(button("Resume"));
        awaitUntil(() -> progress().startsWith("Training") && epoch() > pausedAt + 5);

        _click(button("Stop"));
        awaitUntil(() -> progress().startsWith("Stopped"));
        assertThat(button("Train").isEnabled()).isTrue();
        assertThat(button("Stop").isEnabled()).isFalse();
    }
}
