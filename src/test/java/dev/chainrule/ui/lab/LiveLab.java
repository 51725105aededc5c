package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For tests of a Lab whose run really trains on the server's pool: its buttons, its status line,
 * and waiting for the pushed updates the way a browser would receive them.
 */
public final class LiveLab {
    private static final Pattern EPOCH = Pattern.compile("epoch ([\\d,]+) of");
    private static final Pattern ELAPSED = Pattern.compile("· (?:(\\d+) min )?(\\d+) (ms|s) elapsed");

    private LiveLab() {
    }

    public static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    /** The run's status line: "Training · epoch 12 of 100,000 · 53 ms elapsed · …". */
    public static String progress() {
        return _get(Span.class, spec -> spec.withClasses("run-status")).getText();
    }

    /** The epoch the status line names, -1 before the first. */
    public static int epoch() {
        Matcher m = EPOCH.matcher(progress());
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    /** The elapsed time the status line names, in ms (to the second once it is a second or more). */
    public static long elapsedMs() {
        Matcher m = ELAPSED.matcher(progress());
        if (!m.find()) {
            throw new AssertionError("no elapsed time in: " + progress());
        }
        long minutes = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long value = Long.parseLong(m.group(2));
        return minutes * 60_000 + (m.group(3).equals("ms") ? value : value * 1000);
    }

    /** Lets pushed updates in (the test holds the UI lock) until the condition holds, for at most 30 s. */
    public static void awaitUntil(BooleanSupplier condition) {
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

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
