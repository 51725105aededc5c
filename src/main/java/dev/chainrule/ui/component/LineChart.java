package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.chainrule.engine.Finite;
import java.util.List;

/**
 * A line chart (Apache ECharts in the browser) with a small typed API: configure the series,
 * append points, clear. Values are checked here; the browser side only draws.
 */
@Tag("chainrule-chart")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://js/chainrule-echarts-element.js")
@JavaScript("context://js/chainrule-chart.js")
public class LineChart extends EChartsElement {

    /** A y axis; index 0 is drawn on the left, 1 on the right. */
    public record Axis(String name, boolean logScale) {
    }

    /** One line; {@code axis} is the index of its y axis. */
    public record Series(String name, String color, int axis) {
    }

    private List<Series> series = List.of();
    private List<Axis> axes = List.of();
    private int pointCount;
    private double lastX = Double.NaN;

    public LineChart() {
        setWidthFull();
        setHeight("320px");
    }

    public void configure(String xName, List<Axis> axes, List<Series> series) {
        if (axes.isEmpty() || axes.size() > 2) {
            throw new IllegalArgumentException("a chart has one or two y axes, was " + axes.size());
        }
        for (Series s : series) {
            if (s.axis() < 0 || s.axis() >= axes.size()) {
                throw new IllegalArgumentException("series " + s.name() + " uses axis " + s.axis()
                        + " but the chart has " + axes.size());
            }
        }
        this.axes = List.copyOf(axes);
        this.series = List.copyOf(series);
        this.pointCount = 0;
        this.lastX = Double.NaN;
        ObjectNode config = JSON.createObjectNode().put("xName", xName);
        ArrayNode a = config.putArray("axes");
        axes.forEach(axis -> a.addObject().put("name", axis.name()).put("log", axis.logScale()));
        ArrayNode s = config.putArray("series");
        series.forEach(line -> s.addObject().put("name", line.name()).put("color", line.color()).put("axis", line.axis()));
        call("configure", config.toString());
    }

    /**
     * Appends points: {@code ys[s][i]} is series {@code s} at {@code xs[i]}. A non-finite value
     * (no value, or a diverged run) leaves a gap rather than breaking the chart.
     */
    public void appendPoints(double[] xs, double[][] ys) {
        if (ys.length != series.size()) {
            throw new IllegalArgumentException("expected values for " + series.size() + " series, got " + ys.length);
        }
        if (xs.length == 0) {
            return;
        }
        ObjectNode points = JSON.createObjectNode();
        ArrayNode x = points.putArray("x");
        for (double v : xs) {
            x.add(v);
        }
        ArrayNode y = points.putArray("y");
        for (double[] values : ys) {
            if (values.length != xs.length) {
                throw new IllegalArgumentException("each series needs " + xs.length + " values, got " + values.length);
            }
            ArrayNode line = y.addArray();
            for (double v : values) {
                line.add(Finite.orNull(v));
            }
        }
        pointCount += xs.length;
        lastX = xs[xs.length - 1];
        call("appendPoints", points.toString());
    }

    public void clear() {
        pointCount = 0;
        lastX = Double.NaN;
        call("clear");
    }

    /** Fixes the x axis to [min, max] so that a curve visibly grows towards its end. */
    public void setXRange(double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("x range needs min < max, was " + min + " to " + max);
        }
        call("setXRange", min, max);
    }

    public void setLogScale(int axis, boolean log) {
        if (axis < 0 || axis >= axes.size()) {
            throw new IllegalArgumentException("no y axis " + axis);
        }
        call("setLogScale", axis, log);
    }

    /** The x of the last point sent since the last configure or clear; NaN when none was. */
    public double getLastX() {
        return lastX;
    }

    /** How many x positions were sent since the last configure or clear. */
    public int getPointCount() {
        return pointCount;
    }
}
