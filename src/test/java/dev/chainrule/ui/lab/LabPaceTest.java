package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.chainrule.ui.lab.LiveLab.awaitUntil;
import static dev.chainrule.ui.lab.LiveLab.button;
import static dev.chainrule.ui.lab.LiveLab.elapsedMs;
import static dev.chainrule.ui.lab.LiveLab.epoch;
import static dev.chainrule.ui.lab.LiveLab.progress;
import static dev.chainrule.ui.lab.LiveLab.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.component.LineChart;
import dev.chainrule.ui.component.NumberInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A watchable pace: the speed a run starts with and changes to while it trains, each Step as one
 * more point on the curves, and an elapsed time that stands still while the run is paused. The runs
 * really train on the server's pool.
 */
class LabPaceTest extends AbstractAppTest {

    @BeforeEach
    void aLongRunInTheLab() {
        UI.getCurrent().navigate(LabView.class);
        // 100,000 epochs: the curves keep every hundredth, so a stepped epoch is one they would skip
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), "100000");
    }

    @AfterEach
    void stopTheRun() {
        if (button("Stop").isEnabled()) {
            _click(button("Stop"));
            awaitUntil(() -> progress().startsWith("Stopped"));
        }
    }

    @Test
    void theSpeedChosenPacesTheRunAndAChangeTakesEffectWhileItTrains() {
        choose("Speed", "10 epochs/s");
        _click(button("Train"));
        awaitUntil(() -> epoch() >= 1);
        int first = epoch();
        sleep(1500);
        awaitUntil(() -> true);
        assertThat(epoch() - first).as("epochs in 1.5 s at 10 a second").isBetween(1, 30);

        choose("Speed", "Full speed");
        int atChange = epoch();
        long start = System.nanoTime();
        awaitUntil(() -> epoch() >= atChange + 300);
        assertThat((System.nanoTime() - start) / 1_000_000L).as("ms for 300 epochs at full speed (30,000 at 10/s)")
                .isLessThan(10_000);

        choose("Speed", "10 epochs/s");
        sleep(300); // the epochs already on their way
        awaitUntil(() -> true);
        int slowAgain = epoch();
        sleep(1500);
        awaitUntil(() -> true);
        assertThat(epoch() - slowAgain).as("epochs in 1.5 s after slowing down again").isBetween(1, 30);
    }

    @Test
    void eachStepAddsExactlyOnePointAndElapsedStandsStillWhilePaused() {
        _click(button("Train"));
        awaitUntil(() -> epoch() >= 3);
        _click(button("Pause"));
        awaitUntil(() -> progress().startsWith("Paused") && button("Step").isEnabled());
        LineChart loss = _find(LineChart.class).get(0);
        int points = loss.getPointCount();
        int pausedAt = epoch();
        assertThat(loss.getLastX()).as("the curve reaches the epoch it paused at").isEqualTo(pausedAt);

        long elapsed = elapsedMs();
        String line = progress();
        sleep(2500);
        awaitUntil(() -> true);
        assertThat(progress()).as("nothing moves while paused").isEqualTo(line);

        _click(button("Step"));
        awaitUntil(() -> epoch() == pausedAt + 1);
        assertThat(loss.getPointCount()).as("one step, one point").isEqualTo(points + 1);
        assertThat(loss.getLastX()).isEqualTo(pausedAt + 1);
        // 2.5 s paused: counted, the next epoch would say at least 1.5 s more even to the second
        assertThat(elapsedMs() - elapsed).as("ms between the epochs before and after the pause").isLessThan(1500);

        _click(button("Step"));
        awaitUntil(() -> epoch() == pausedAt + 2);
        sleep(300);
        awaitUntil(() -> true);
        assertThat(loss.getPointCount()).isEqualTo(points + 2);
        assertThat(progress()).startsWith("Paused");
    }
}
