package dev.chainrule.ui.run;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.CurveThinning;
import dev.chainrule.ui.component.LineChart;
import java.util.ArrayList;
import java.util.List;

/**
 * The curves of a run: loss (training and validation, log scale on request), accuracy, and the
 * gradient norm of each layer (where vanishing and exploding gradients show); or, for the seed
 * example, one chart of the loss and the sample's prediction. Long runs are thinned to about a
 * thousand points per curve ({@link CurveThinning}) so the browser stays responsive.
 */
class RunCurves extends VerticalLayout {
    private static final String[] LAYER_COLORS = {"#1971c2", "#e8590c", "#2f9e44", "#7048e8", "#c2255c", "#0c8599",
            "#5c940d", "#862e9c", "#f08c00"};
    private static final String TRAINING = "#d9480f";
    private static final String VALIDATION = "#1971c2";

    private final boolean samplePrediction;
    private final LineChart loss = new LineChart();
    private final LineChart accuracy = new LineChart();
    private final H4 accuracyHeading = new H4("Accuracy");
    private final LineChart gradients = new LineChart();
    private final Checkbox logScale = new Checkbox("Log scale");
    private CurveThinning thinning = CurveThinning.of(1);
    private int layers;
    // the newest epoch heard, and the newest drawn: a paused run shows its newest even where the thinning skips it
    private EpochRecord newest;
    private int drawnEpoch;

    RunCurves(boolean samplePrediction) {
        this.samplePrediction = samplePrediction;
        setPadding(false);
        setSpacing(false);
        if (samplePrediction) {
            add(loss);
            return;
        }
        for (LineChart chart : List.of(loss, accuracy, gradients)) {
            chart.setHeight("220px");
        }
        logScale.addValueChangeListener(e -> loss.setLogScale(0, e.getValue()));
        // the switch beside its chart's heading: a line less between the pictures and the loss on a laptop's first screen
        HorizontalLayout lossHeading = new HorizontalLayout(new H4("Loss"), logScale);
        lossHeading.setAlignItems(Alignment.BASELINE);
        add(lossHeading, loss, accuracyHeading, accuracy, new H4("Gradient norm per layer"), gradients);
    }

    /** Empties the curves for a run of {@code totalEpochs} epochs through {@code layers} dense layers. */
    void reset(int totalEpochs, int layers) {
        this.layers = samplePrediction ? 0 : layers; // the seed example draws no gradient norms
        this.thinning = CurveThinning.of(totalEpochs);
        this.newest = null;
        this.drawnEpoch = 0;
        if (samplePrediction) {
            loss.configure("epoch", List.of(new LineChart.Axis("loss", false), new LineChart.Axis("prediction", false)),
                    List.of(new LineChart.Series("loss", TRAINING, 0), new LineChart.Series("prediction", VALIDATION, 1)));
            loss.setXRange(1, Math.max(2, totalEpochs));
            return;
        }
        loss.configure("epoch", List.of(new LineChart.Axis("loss", logScale.getValue())), trainingAndValidation());
        accuracy.configure("epoch", List.of(new LineChart.Axis("accuracy", false)), trainingAndValidation());
        List<LineChart.Series> norms = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            norms.add(new LineChart.Series("layer " + (i + 1), LAYER_COLORS[i % LAYER_COLORS.length], 0));
        }
        gradients.configure("epoch", List.of(new LineChart.Axis("‖∂L/∂W‖", false)), norms);
        for (LineChart chart : List.of(loss, accuracy, gradients)) {
            chart.setXRange(1, Math.max(2, totalEpochs));
        }
    }

    /**
     * Adds the epochs that the thinning keeps to the curves; with {@code showNewest} (a paused run,
     * stepped one epoch at a time) also the newest, so that each Step adds its point even on a
     * long run whose curves keep only every hundredth epoch.
     */
    void append(List<EpochRecord> epochs, boolean showNewest) {
        if (epochs.isEmpty()) {
            return;
        }
        newest = epochs.get(epochs.size() - 1);
        List<EpochRecord> kept = new ArrayList<>(epochs.stream()
                .filter(r -> r.epoch() > drawnEpoch && thinning.keeps(r.epoch())).toList());
        if (showNewest && newest.epoch() > drawnEpoch && (kept.isEmpty() || kept.get(kept.size() - 1) != newest)) {
            kept.add(newest);
        }
        draw(kept);
    }

    /** Draws the newest epoch heard if the curves skipped it: the run has paused or ended there. */
    void showNewest() {
        if (newest != null && newest.epoch() > drawnEpoch) {
            draw(List.of(newest));
        }
    }

    private void draw(List<EpochRecord> kept) {
        if (kept.isEmpty()) {
            return;
        }
        drawnEpoch = kept.get(kept.size() - 1).epoch();
        int n = kept.size();
        double[] x = new double[n];
        double[][] l = new double[2][n];
        double[][] a = new double[2][n];
        double[][] g = new double[layers][n];
        for (int i = 0; i < n; i++) {
            EpochRecord r = kept.get(i);
            x[i] = r.epoch();
            l[0][i] = value(r.trainLoss());
            l[1][i] = value(samplePrediction ? r.samplePrediction() : r.validationLoss());
            a[0][i] = value(r.trainAccuracy());
            a[1][i] = value(r.validationAccuracy());
            for (int k = 0; k < layers; k++) {
                g[k][i] = k < r.gradientNorms().length ? r.gradientNorms()[k] : Double.NaN;
            }
        }
        loss.appendPoints(x, l);
        if (!samplePrediction) {
            accuracy.appendPoints(x, a);
            gradients.appendPoints(x, g);
        }
    }

    void showAccuracy(boolean show) {
        accuracy.setVisible(show);
        accuracyHeading.setVisible(show);
    }

    private static List<LineChart.Series> trainingAndValidation() {
        return List.of(new LineChart.Series("training", TRAINING, 0), new LineChart.Series("validation", VALIDATION, 0));
    }

    private static double value(Double v) {
        return v == null ? Double.NaN : v;
    }
}
