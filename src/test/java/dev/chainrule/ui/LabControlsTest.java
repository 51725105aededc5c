package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.lab.LabView;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pause, Step, Resume and Stop on a run that really trains on the server's pool, as a person
 * would press them; the test waits for the pushed updates between steps.
 */
class LabControlsTest extends AbstractAppTest {
    private static final Pattern EPOCH = Pattern.compile("epoch ([\\d,]+) of");

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

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static String progress() {
        return _get(Span.class, spec -> spec.withClasses("run-status")).getText();
    }

    private static int epoch() {
        Matcher m = EPOCH.matcher(progress());
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    /** Lets pushed updates in (the test holds the UI lock) until the condition holds, for at most 30 s. */
    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out; status line: " + progress());
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
