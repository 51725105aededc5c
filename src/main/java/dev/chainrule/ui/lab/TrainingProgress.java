package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.time.Duration;

/** A progress bar with the epoch, elapsed time and an estimate of the time left. */
class TrainingProgress extends VerticalLayout {
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span("Build a network and press Train.");
    private int totalEpochs = 1;

    TrainingProgress() {
        setPadding(false);
        setSpacing(false);
        text.addClassName("run-status");
        bar.setVisible(false);
        add(bar, text);
    }

    void start(int totalEpochs) {
        this.totalEpochs = Math.max(1, totalEpochs);
        bar.setValue(0);
        bar.setVisible(true);
        text.setText("Starting…");
    }

    void queued(int position) {
        text.setText(position == 1 ? "Waiting for a free training slot: next in line."
                : "Waiting for a free training slot: " + position + " runs ahead of this one.");
    }

    void epoch(EpochRecord last, RunStatus status) {
        bar.setValue(Math.min(1.0, last.epoch() / (double) totalEpochs));
        String label = status == RunStatus.PAUSED ? "Paused" : "Training";
        text.setText(String.format("%s · epoch %,d of %,d · %s elapsed%s", label, last.epoch(), totalEpochs,
                format(Duration.ofMillis(last.elapsedMs())), eta(last, status)));
    }

    void finished(RunStatus status, EpochRecord last, String message) {
        bar.setVisible(false);
        String where = last == null ? "" : String.format(" after %,d epochs (%s)", last.epoch(),
                format(Duration.ofMillis(last.elapsedMs())));
        // "Stopped after 3,283 epochs" says it all; the engine's "stopped on request after 3283 epochs" would repeat it
        boolean saysMore = message != null && !(status == RunStatus.STOPPED && last != null);
        text.setText(status.label() + where + (saysMore ? ": " + message : "."));
    }

    String text() {
        return text.getText();
    }

    private String eta(EpochRecord last, RunStatus status) {
        if (status == RunStatus.PAUSED || last.epoch() < 2 || last.elapsedMs() == 0) {
            return "";
        }
        long left = last.elapsedMs() * (totalEpochs - last.epoch()) / last.epoch();
        return " · about " + format(Duration.ofMillis(left)) + " left";
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 1) {
            return d.toMillis() + " ms";
        }
        return s < 60 ? s + " s" : String.format("%d min %02d s", s / 60, s % 60);
    }
}
