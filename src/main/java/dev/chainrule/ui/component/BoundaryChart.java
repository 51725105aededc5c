package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.chainrule.engine.Finite;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.training.BoundaryGrid;

/** The decision boundary of a network on two features: a heat map of its output with the data on top. */
@Tag("chainrule-boundary")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://js/chainrule-echarts-element.js")
@JavaScript("context://js/chainrule-boundary.js")
public class BoundaryChart extends EChartsElement {
    /** The darkest shade of a probability or regression picture; see {@link #shades}. */
    static final int SHADES = 1000;
    private Task task = Task.BINARY;
    private int gridUpdates;
    private int pointUpdates;
    private int pointsSent;
    private int validationSent;

    public BoundaryChart() {
        setWidth("360px");
        setHeight("320px");
    }

    /**
     * The training points: two features and a label (class index, or the value for regression).
     * At most {@link BoundarySample#MAX_POINTS} of them are sent, with the range of all of them
     * ({@code xMin, xMax, yMin, yMax}) so that the axes are those of the whole data.
     */
    public void setPoints(double[][] xy, double[] labels, Task task) {
        this.task = task;
        ObjectNode points = points(xy, labels);
        pointUpdates++;
        pointsSent = points.get("x").size();
        call("setPoints", points.toString());
    }

    /**
     * The validation points, drawn as rings over the training points while {@link #showValidation} is on;
     * sampled as the training points (at most {@link BoundarySample#MAX_POINTS}), sent once per dataset, so
     * showing and hiding them asks the server for nothing. Call after {@link #setPoints} (it sets the task).
     */
    public void setValidationPoints(double[][] xy, double[] labels) {
        ObjectNode points = points(xy, labels);
        validationSent = points.get("x").size();
        call("setValidationPoints", points.toString());
    }

    /** Shows or hides the validation points the browser holds. */
    public void showValidation(boolean shown) {
        call("showValidation", shown);
    }

    /**
     * Draws the output in hard classes (a probability: the class it decides, either side of 0.5; a
     * regression's value: five bands) instead of a gradient; the browser keeps the picture, so nothing is asked of the server.
     */
    public void setDiscrete(boolean discrete) {
        call("setDiscrete", discrete);
    }

    // {mode, xMin, xMax, yMin, yMax, x, y, label} of a sample of at most MAX_POINTS, with the range of all of them
    private ObjectNode points(double[][] xy, double[] labels) {
        if (xy.length != labels.length) {
            throw new IllegalArgumentException("each point needs a label: " + xy.length + " points, " + labels.length + " labels");
        }
        int[] classes = null;
        if (task != Task.REGRESSION) {
            classes = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                classes[i] = (int) labels[i];
            }
        }
        BoundarySample sample = BoundarySample.of(xy, classes, BoundarySample.MAX_POINTS);
        ObjectNode points = JSON.createObjectNode().put("mode", task == Task.REGRESSION ? "value" : "class")
                .put("xMin", sample.xMin()).put("xMax", sample.xMax()).put("yMin", sample.yMin()).put("yMax", sample.yMax());
        ArrayNode x = points.putArray("x");
        ArrayNode y = points.putArray("y");
        ArrayNode label = points.putArray("label");
        for (int i : sample.indices()) {
            x.add(xy[i][0]);
            y.add(xy[i][1]);
            label.add(classes == null ? labels[i] : classes[i]);
        }
        return points;
    }

    public void setGrid(BoundaryGrid grid) {
        ObjectNode node = JSON.createObjectNode().put("xMin", grid.xMin()).put("xMax", grid.xMax())
                .put("yMin", grid.yMin()).put("yMax", grid.yMax()).put("size", grid.size())
                .put("mode", switch (task) {
                    case BINARY -> "probability";
                    case MULTICLASS -> "class";
                    case REGRESSION -> "value";
                });
        ArrayNode values = node.putArray("values");
        for (int v : shades(grid.values(), task)) {
            values.add(v);
        }
        gridUpdates++;
        call("setGrid", node.toString());
    }

    /**
     * What the browser needs of a picture: the class of each cell (multi-class), or its shade from 0 to
     * {@link #SHADES} (a probability times {@value #SHADES}; a regression's value from the grid's lowest to
     * its highest, the middle when they are equal or the value is not finite). The colours have 256 levels
     * at most, so this loses nothing that shows, and a picture is a few kilobytes instead of thirty: it
     * goes to every viewer of the run a few times a second.
     */
    static int[] shades(double[] values, Task task) {
        int[] shades = new int[values.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (task == Task.REGRESSION) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        } else {
            lo = 0;
            hi = 1;
        }
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (task == Task.MULTICLASS) {
                shades[i] = (int) Finite.orZero(v);
            } else if (!Double.isFinite(v) || hi <= lo) {
                shades[i] = SHADES / 2;
            } else {
                shades[i] = (int) Math.round(Math.min(1, Math.max(0, (v - lo) / (hi - lo))) * SHADES);
            }
        }
        return shades;
    }

    /** How many boundary pictures were sent (what a test can observe without a browser). */
    public int getGridUpdates() {
        return gridUpdates;
    }

    /** How many times training points were sent. */
    public int getPointUpdates() {
        return pointUpdates;
    }

    /** How many points the last {@link #setPoints} sent. */
    public int getPointsSent() {
        return pointsSent;
    }

    /** How many points the last {@link #setValidationPoints} sent. */
    public int getValidationPointsSent() {
        return validationSent;
    }
}
