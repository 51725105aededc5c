package dev.chainrule.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/**
 * The waiting line counts the runs ahead, not the place in the queue: second in line has one run ahead
 * (it once said "2 runs ahead" there).
 */
class QueueLineTest {
    private final RunProgress progress = new RunProgress(false);

    @Test
    void thePlaceInTheQueueBecomesTheRunsAhead() {
        progress.queued(1);
        assertThat(statusLine()).isEqualTo("Waiting for a free training slot: next in line.");
        progress.queued(2);
        assertThat(statusLine()).isEqualTo("Waiting for a free training slot: 1 run ahead of this one.");
        progress.queued(4);
        assertThat(statusLine()).isEqualTo("Waiting for a free training slot: 3 runs ahead of this one.");
    }

    private String statusLine() {
        return progress.getChildren().filter(c -> c.getElement().getClassList().contains("run-status")).map(c -> ((Span) c).getText())
                .findFirst().orElseThrow();
    }
}
