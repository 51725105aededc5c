package dev.chainrule.ui.run;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.time.Duration;

/**
 * A progress bar and the status line (class {@code run-status}): the epoch, elapsed time and an
 * estimate of the time left; or, for the seed example, the epoch with its loss and prediction and,
 * once it ends, the outcome on a line of its own (class {@code run-outcome}).
 */
class RunProgress extends VerticalLayout {
    private final ProgressBar bar = new ProgressBar();
    private final Span text;
    private final Span outcome = new Span();
    private final boolean samplePrediction;
    private int totalEpochs = 1;
    private EpochRecord last;

    RunProgress(boolean samplePrediction) {
        this.samplePrediction = samplePrediction;
        this.text = new Span(samplePrediction ? "Press Train to start." : "Build a network and press Train.");
        setPadding(false);
        setSpacing(false);
        text.addClassName("run-status");
        outcome.addClassName("run-outcome");
        bar.setVisible(false);
        add(bar, text);
    }

    /** The outcome line, placed by the panel below its curves. */
    Span outcome() {
        return outcome;
    }

    void start(int totalEpochs) {
        this.totalEpochs = Math.max(1, totalEpochs);
        last = null;
        bar.setValue(0);
        bar.setVisible(true);
        outcome.setText("");
        text.setText("Starting…");
    }

    void queued(int position) {
        int ahead = position - 1; // position 1 is the next to start (TrainingService.queuePosition): none ahead
        text.setText(ahead == 0 ? "Waiting for a free training slot: next in line."
                : "Waiting for a free training slot: " + ahead + (ahead == 1 ? " run" : " runs") + " ahead of this one.");
    }

    void epoch(EpochRecord newest, RunStatus status) {
        last = newest;
        bar.setValue(Math.min(1.0, newest.epoch() / (double) totalEpochs));
        String label = status == RunStatus.PAUSED ? "Paused" : "Training";
        text.setText(samplePrediction ? label + ": " + sample(newest)
                : String.format("%s · epoch %,d of %,d · %s elapsed%s", label, newest.epoch(), totalEpochs,
                        format(Duration.ofMillis(newest.elapsedMs())), eta(newest, status)));
    }

    /** After a status change: the last epoch again with the new label. */
    void status(RunStatus status) {
        if (last != null) {
            epoch(last, status);
        }
    }

    boolean hasEpochs() {
        return last != null;
    }

    void finished(RunStatus status, String message) {
        bar.setVisible(false);
        if (samplePrediction) {
            text.setText(status.label() + (last == null ? "" : ": " + sample(last)));
            outcome.setText(message == null ? "" : message);
            return;
        }
        String where = last == null ? "" : String.format(" after %,d epochs (%s)", last.epoch(),
                format(Duration.ofMillis(last.elapsedMs())));
        // "Stopped after 3,283 epochs" says it all; the engine's "stopped on request after 3283 epochs" would repeat it
        boolean saysMore = message != null && !(status == RunStatus.STOPPED && last != null);
        text.setText(status.label() + where + (saysMore ? ": " + message : "."));
    }

    String text() {
        return text.getText();
    }

    private String sample(EpochRecord r) {
        return String.format("epoch %,d of %,d · loss %s · prediction %s", r.epoch(), totalEpochs,
                sixDigits(r.trainLoss()), sixDigits(r.samplePrediction()));
    }

    private String eta(EpochRecord r, RunStatus status) {
        if (status == RunStatus.PAUSED || r.epoch() < 2 || r.elapsedMs() == 0) {
            return "";
        }
        long left = r.elapsedMs() * (totalEpochs - r.epoch()) / r.epoch();
        return " · about " + format(Duration.ofMillis(left)) + " left";
    }

    private static String sixDigits(Double v) {
        return v == null ? "—" : String.format("%.6f", v);
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 1) {
            return d.toMillis() + " ms";
        }
        return s < 60 ? s + " s" : String.format("%d min %02d s", s / 60, s % 60);
    }
}
