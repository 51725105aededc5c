package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scatter plot of two columns, each point coloured by its group (a class) or by a value on a
 * continuous scale. Meant for a sample of at most {@link #MAX_POINTS} points: callers sample.
 */
@Tag("chainrule-scatter")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://js/chainrule-echarts-element.js")
@JavaScript("context://js/chainrule-scatter.js")
public class ScatterPlot extends EChartsElement {
    /** More points than this make the browser slow without showing more. */
    public static final int MAX_POINTS = 5_000;

    private int pointCount;
    private int groupCount;

    public ScatterPlot() {
        setWidthFull();
        setHeight("360px");
    }

    /**
     * Points coloured by group; legend entries in order of first appearance.
     *
     * @param group the group of each point, e.g. the class; null is shown as "(missing)"
     */
    public void setPoints(double[] x, double[] y, String[] group, String xName, String yName, String groupName) {
        checkSizes(x, y, group.length);
        Map<String, Integer> index = new LinkedHashMap<>();
        ObjectNode points = axes(x, y, xName, yName, groupName);
        ArrayNode codes = points.putArray("group");
        for (String g : group) {
            codes.add(index.computeIfAbsent(g == null ? "(missing)" : g, k -> index.size()));
        }
        ArrayNode names = points.putArray("groups");
        index.keySet().forEach(names::add);
        send(points, x.length, index.size());
    }

    /** Points coloured on a continuous scale by {@code value} (a regression target). */
    public void setPoints(double[] x, double[] y, double[] value, String xName, String yName, String valueName) {
        checkSizes(x, y, value.length);
        ObjectNode points = axes(x, y, xName, yName, valueName);
        ArrayNode values = points.putArray("value");
        for (double v : value) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("colour values must be finite numbers, got " + v);
            }
            values.add(v);
        }
        send(points, x.length, 0);
    }

    /** How many points were sent last (what a test can observe without a browser). */
    public int getPointCount() {
        return pointCount;
    }

    /** How many colour groups the last points had; 0 for a continuous colour scale. */
    public int getGroupCount() {
        return groupCount;
    }

    private static void checkSizes(double[] x, double[] y, int colours) {
        if (x.length != y.length || x.length != colours) {
            throw new IllegalArgumentException("x, y and colour need one value per point: " + x.length + ", "
                    + y.length + " and " + colours);
        }
        if (x.length > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " points, got " + x.length + "; sample first");
        }
    }

    private static ObjectNode axes(double[] x, double[] y, String xName, String yName, String colorName) {
        ObjectNode points = JSON.createObjectNode().put("xName", Objects.requireNonNull(xName, "xName"))
                .put("yName", Objects.requireNonNull(yName, "yName"))
                .put("colorName", Objects.requireNonNull(colorName, "colorName"));
        ArrayNode xs = points.putArray("x");
        ArrayNode ys = points.putArray("y");
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
            xs.add(x[i]);
            ys.add(y[i]);
        }
        return points;
    }

    private void send(ObjectNode points, int count, int groups) {
        this.pointCount = count;
        this.groupCount = groups;
        call("setPoints", points.toString());
    }
}
