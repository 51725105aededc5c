package dev.chainrule.ui.compare;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.chainrule.ui.component.EChartsElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One metric of several runs overlaid (Apache ECharts in the browser): a colour per run, the
 * smoothed curve solid over its raw curve drawn faint, or, for grouped runs, each group's mean line
 * over its min–max band. The page keeps one legend of its own for all its charts, so this chart has
 * none and is told which runs are hidden. Java checks every value; the browser only draws, and shows
 * labels (run titles, typed by people) as text.
 */
@Tag("chainrule-compare-chart")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://js/chainrule-echarts-element.js")
@JavaScript("context://js/chainrule-compare-chart.js")
public class CompareChart extends EChartsElement {

    /** A run as the chart draws it; {@code color} is {@code #rgb} or {@code #rrggbb} (checked by {@link ChartPayload#requireColor}). */
    public record ChartRun(String key, String label, String color) {
        public ChartRun {
            ChartPayload.requireKey(key);
            ChartPayload.requireLabel(key, label);
            ChartPayload.requireColor(key, color);
        }
    }

    /** A group of runs: its mean line over a band from the lowest to the highest member, at each x. */
    public record BandSeries(String key, String label, String color, double[] x, double[] mean, double[] min,
            double[] max) {
        public BandSeries {
            ChartPayload.requireKey(key);
            ChartPayload.requireLabel(key, label);
            ChartPayload.requireColor(key, color);
            ChartPayload.requireSameLength("group " + key, x, mean, min, max);
        }
    }

    private final Map<String, ChartRun> runs = new LinkedHashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private List<BandSeries> bands = List.of();
    private boolean logScale;
    private int curvesSent;
    private int pointsAppended;

    public CompareChart() {
        setWidthFull();
        setHeight("320px");
    }

    /** The axis names (as a person reads them, e.g. "epoch" and "validation loss") and the y scale. */
    public void configure(String xName, String yName, boolean log) {
        this.logScale = log;
        call("configure", ChartPayload.config(xName, yName, log));
    }

    /** A log y axis shows the late, small differences between losses; values at or below 0 are then gaps. */
    public void setLogScale(boolean log) {
        this.logScale = log;
        call("setLogScale", log);
    }

    /** The runs to draw, in this order; every curve held before is let go. */
    public void setRuns(List<ChartRun> chartRuns) {
        Map<String, ChartRun> byKey = new LinkedHashMap<>();
        for (ChartRun run : chartRuns) {
            if (byKey.putIfAbsent(run.key(), run) != null) {
                throw new IllegalArgumentException("Two runs on one chart share the key \"" + run.key()
                        + "\"; give each run its own key.");
            }
        }
        runs.clear();
        runs.putAll(byKey);
        curvesSent = 0;
        pointsAppended = 0;
        call("setRuns", ChartPayload.runs(chartRuns));
    }

    /**
     * One run's curve: {@code raw[i]} and {@code smoothed[i]} at {@code x[i]}; {@code smoothed} null when the
     * curve is not smoothed (then one solid line of the raw values). A value that is not finite (absent,
     * or a diverged run) is a gap in the line, not a point.
     */
    public record RunCurve(String key, double[] x, double[] raw, double[] smoothed) {
    }

    /** Replaces one run's curve (see {@link RunCurve}). */
    public void setCurve(String key, double[] x, double[] raw, double[] smoothed) {
        setCurves(List.of(new RunCurve(key, x, raw, smoothed)));
    }

    /** Replaces these runs' curves, in one message to the browser (a comparison sends all its runs so). */
    public void setCurves(List<RunCurve> curves) {
        curves.forEach(c -> requireRun(c.key()));
        call("setCurves", ChartPayload.curves(curves));
        curvesSent += curves.size();
    }

    /** Adds the newest points of a run still training (values as in {@link #setCurve}). */
    public void appendPoints(String key, double[] x, double[] raw, double[] smoothed) {
        requireRun(key);
        String points = ChartPayload.curve(key, x, raw, smoothed);
        if (x.length == 0) {
            return;
        }
        call("appendPoints", points);
        pointsAppended += x.length;
    }

    /** Draws these groups instead of the runs (their curves are kept); an empty list draws the runs again. */
    public void setBands(List<BandSeries> groups) {
        Set<String> keys = new LinkedHashSet<>();
        for (BandSeries band : groups) {
            if (!keys.add(band.key())) {
                throw new IllegalArgumentException("Two groups on one chart share the key \"" + band.key()
                        + "\"; give each group its own key.");
            }
        }
        bands = List.copyOf(groups);
        call("setBands", ChartPayload.bands(groups));
    }

    /** The runs or groups (by key) not to draw; the page's legend toggles them. */
    public void setHidden(Set<String> keys) {
        List<String> copy = new ArrayList<>();
        for (String key : keys) {
            copy.add(ChartPayload.requireKey(key));
        }
        hidden.clear();
        hidden.addAll(copy);
        call("setHidden", ChartPayload.keys(copy));
    }

    /**
     * Saves the chart as it is drawn, as a PNG on a white background at twice the screen's
     * resolution, made in the browser. The name is made safe for a file ({@link ChartPayload#fileName}).
     */
    public void downloadPng(String fileName) {
        call("downloadPng", ChartPayload.fileName(fileName));
    }

    private void requireRun(String key) {
        if (!runs.containsKey(key)) {
            throw new IllegalArgumentException("This chart has no run \"" + key + "\"; name the runs with setRuns "
                    + "before sending their curves.");
        }
    }

    /** The runs as last set, in drawing order. */
    public List<ChartRun> getRuns() {
        return List.copyOf(runs.values());
    }

    /** The groups drawn instead of the runs; empty when the runs are drawn. */
    public List<BandSeries> getBands() {
        return bands;
    }

    public Set<String> getHidden() {
        return Set.copyOf(hidden);
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** How many curves {@link #setCurve} sent since the runs were last set (for tests). */
    public int getCurvesSent() {
        return curvesSent;
    }

    /** How many points {@link #appendPoints} sent since the runs were last set (for tests). */
    public int getPointsAppended() {
        return pointsAppended;
    }
}
