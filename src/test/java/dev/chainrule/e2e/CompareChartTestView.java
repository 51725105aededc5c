package dev.chainrule.e2e;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.ui.compare.CompareChart;
import dev.chainrule.ui.compare.CompareChart.BandSeries;
import dev.chainrule.ui.compare.CompareChart.ChartRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A page for {@link CompareChartBrowserTest} only (it lives under src/test, so the app's jar has no
 * such route): one {@link CompareChart} and buttons that do to it what the comparison page will,
 * with three runs titled in hostile text.
 */
@Route("test/compare-chart")
@PageTitle("Compare chart (test page)")
@AnonymousAllowed
public class CompareChartTestView extends VerticalLayout {
    static final String Y_NAME = HostileText.TEMPLATES + " validation loss";
    static final List<ChartRun> RUNS = List.of(
            new ChartRun("12", HostileText.IMG, "#1f77b4"),
            new ChartRun("15", HostileText.SVG, "#ff7f0e"),
            new ChartRun("s:abc", HostileText.RICH, "#2ca02c"));
    static final int EPOCHS = 60;
    /** Run 12 has no value at this epoch (index), as a run whose validation was skipped once. */
    static final int GAP = 20;
    static final double LIGHT = 0.6;
    static final double STRONG = 0.95;
    static final int FIFTY = 50;
    static final int THOUSAND = 1000;

    private final CompareChart chart = new CompareChart();
    private int epochs = EPOCHS;

    public CompareChartTestView() {
        setPadding(true);
        setMaxWidth("1100px");
        chart.setHeight("380px");
        chart.configure("epoch", Y_NAME, false);
        Button log = new Button("Log scale", e -> chart.setLogScale(!chart.isLogScale()));
        add(new H2("Validation loss of three runs"), chart, new HorizontalLayout(
                new Button("Three runs", e -> showRuns(LIGHT)),
                new Button("Hide second", e -> chart.setHidden(Set.of("15"))),
                new Button("Show all", e -> chart.setHidden(Set.of())),
                new Button("Smooth more", e -> RUNS.forEach(r -> send(r.key(), STRONG))),
                new Button("Append", e -> append()),
                new Button("Group", e -> chart.setBands(groups())),
                new Button("Ungroup", e -> chart.setBands(List.of())),
                log,
                new Button("Download PNG", e -> chart.downloadPng("<b>loss</b>/chart")),
                new Button("Fifty runs", e -> fiftyRuns())));
    }

    /** The most a comparison holds: 50 runs of 1,000 points each (what thinning leaves of any run). */
    private void fiftyRuns() {
        List<ChartRun> runs = new ArrayList<>();
        for (int r = 0; r < FIFTY; r++) {
            runs.add(new ChartRun("r" + r, "run " + r, String.format("#%06x", (r * 0x2f5a17 + 0x1f77b4) & 0xffffff)));
        }
        chart.setRuns(runs);
        for (ChartRun run : runs) {
            double[] raw = loss(run.key() + "-long", THOUSAND);
            chart.setCurve(run.key(), epochs(1, THOUSAND), raw, debiasedEma(raw, LIGHT));
        }
    }

    private void showRuns(double smoothing) {
        epochs = EPOCHS;
        chart.setRuns(RUNS);
        RUNS.forEach(r -> send(r.key(), smoothing));
    }

    private void send(String key, double smoothing) {
        double[] raw = loss(key, epochs);
        chart.setCurve(key, epochs(1, epochs), raw, debiasedEma(raw, smoothing));
    }

    /** Ten more epochs of every run, as a live run delivers them. */
    private void append() {
        int from = epochs;
        epochs += 10;
        for (ChartRun run : RUNS) {
            double[] raw = loss(run.key(), epochs);
            double[] smoothed = debiasedEma(raw, LIGHT);
            chart.appendPoints(run.key(), epochs(from + 1, epochs),
                    Arrays.copyOfRange(raw, from, epochs), Arrays.copyOfRange(smoothed, from, epochs));
        }
    }

    /** The first two runs as one group (their mean over their range), the third alone. */
    private List<BandSeries> groups() {
        double[] a = loss("12", EPOCHS);
        double[] b = loss("15", EPOCHS);
        double[] mean = new double[EPOCHS];
        double[] min = new double[EPOCHS];
        double[] max = new double[EPOCHS];
        for (int i = 0; i < EPOCHS; i++) {
            mean[i] = Double.isNaN(a[i]) ? b[i] : (a[i] + b[i]) / 2;
            min[i] = Double.isNaN(a[i]) ? b[i] : Math.min(a[i], b[i]);
            max[i] = Double.isNaN(a[i]) ? b[i] : Math.max(a[i], b[i]);
        }
        double[] c = loss("s:abc", EPOCHS);
        return List.of(new BandSeries("sgd", HostileText.IFRAME, "#1f77b4", epochs(1, EPOCHS), mean, min, max),
                new BandSeries("adam", HostileText.DETAILS, "#d62728", epochs(1, EPOCHS), c, c, c));
    }

    /** A loss falling towards a floor, noisy, different per run; run 12 misses epoch GAP + 1. */
    static double[] loss(String key, int epochs) {
        Random noise = new Random(key.hashCode());
        double start = 0.7 + key.length() * 0.05;
        double pace = 6 + key.length() * 4;
        double[] values = new double[epochs];
        for (int i = 0; i < epochs; i++) {
            values[i] = 0.08 + start * Math.exp(-i / pace) + noise.nextGaussian() * 0.03;
        }
        if (key.equals("12") && epochs > GAP) {
            values[GAP] = Double.NaN;
        }
        return values;
    }

    /** TensorBoard's moving average divided by 1 − weight^n, so it starts at the first value; NaN stays a gap. */
    static double[] debiasedEma(double[] values, double weight) {
        double[] out = new double[values.length];
        double average = 0;
        int seen = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                out[i] = Double.NaN;
                continue;
            }
            average = weight * average + (1 - weight) * values[i];
            seen++;
            out[i] = average / (1 - Math.pow(weight, seen));
        }
        return out;
    }

    private static double[] epochs(int from, int to) {
        double[] x = new double[to - from + 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }
}
