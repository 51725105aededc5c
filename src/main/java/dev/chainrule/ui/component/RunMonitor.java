package dev.chainrule.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import java.util.List;
import java.util.function.Consumer;

/**
 * Follows one run: the loss and prediction curves, a progress bar and a status line. It
 * subscribes while attached and unsubscribes on detach; updates arrive through Push at most
 * about ten times a second.
 */
public class RunMonitor extends VerticalLayout {
    private final TrainingService training;
    private final LineChart chart = new LineChart();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span("Press Train to start.");
    private final Span outcome = new Span();
    private Long runId;
    private int totalEpochs;
    private EpochRecord last;
    private final RunFollower follower;
    private Consumer<RunStatus> finishedListener = s -> { };

    public RunMonitor(TrainingService training) {
        this.training = training;
        this.follower = new RunFollower(training);
        status.addClassName("run-status");
        outcome.addClassName("run-outcome");
        progress.setVisible(false);
        chart.configure("epoch", List.of(new LineChart.Axis("loss", false), new LineChart.Axis("prediction", false)),
                List.of(new LineChart.Series("loss", "#d9480f", 0), new LineChart.Series("prediction", "#1971c2", 1)));
        setPadding(false);
        add(progress, status, chart, outcome);
    }

    public LineChart chart() {
        return chart;
    }

    public void setFinishedListener(Consumer<RunStatus> listener) {
        this.finishedListener = listener;
    }

    /** Shows run {@code id} from its first epoch, live while it trains. */
    public void follow(long id, int totalEpochs) {
        follower.stop();
        this.runId = id;
        this.totalEpochs = totalEpochs;
        this.last = null;
        chart.clear();
        chart.setXRange(1, Math.max(2, totalEpochs));
        outcome.setText("");
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Waiting for a free training slot…");
        getUI().ifPresent(this::subscribe);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (runId != null && !follower.isFollowing()) {
            chart.clear();
            subscribe(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        follower.stop();
    }

    private void subscribe(UI ui) {
        follower.follow(ui, runId, new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                show(epochs);
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                finished(status, message);
            }
        });
    }

    private void show(List<EpochRecord> all) {
        if (all.isEmpty()) {
            return;
        }
        // a 100,000-epoch run is thinned to about a thousand points, like the Lab's curves
        CurveThinning thinning = CurveThinning.of(totalEpochs);
        List<EpochRecord> epochs = all.stream().filter(r -> thinning.keeps(r.epoch())).toList();
        double[] x = new double[epochs.size()];
        double[][] y = new double[2][epochs.size()];
        for (int i = 0; i < x.length; i++) {
            EpochRecord r = epochs.get(i);
            x[i] = r.epoch();
            y[0][i] = r.trainLoss() == null ? Double.NaN : r.trainLoss();
            y[1][i] = r.samplePrediction() == null ? Double.NaN : r.samplePrediction();
        }
        chart.appendPoints(x, y);
        last = all.get(all.size() - 1);
        progress.setValue(Math.min(1.0, last.epoch() / (double) totalEpochs));
        status.setText("Training: " + describe(last));
    }

    private void finished(RunStatus result, String message) {
        progress.setVisible(false);
        status.setText(result.label() + (last == null ? "" : ": " + describe(last)));
        outcome.setText(message == null ? "" : message);
        finishedListener.accept(result);
    }

    private String describe(EpochRecord r) {
        return String.format("epoch %,d of %,d · loss %s · prediction %s", r.epoch(), totalEpochs,
                format(r.trainLoss()), format(r.samplePrediction()));
    }

    private static String format(Double v) {
        return v == null ? "—" : String.format("%.6f", v);
    }
}
