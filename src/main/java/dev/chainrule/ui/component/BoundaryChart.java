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
    private Task task = Task.BINARY;
    private int classes = 2;
    private int gridUpdates;

    public BoundaryChart() {
        setWidth("360px");
        setHeight("320px");
    }

    /**
     * The training points: two features and a label (class index, or the value for regression).
     */
    public void setPoints(double[][] xy, double[] labels, Task task, int classes) {
        if (xy.length != labels.length) {
            throw new IllegalArgumentException("each point needs a label: " + xy.length + " points, " + labels.length + " labels");
        }
        this.task = task;
        this.classes = classes;
        ObjectNode points = JSON.createObjectNode().put("mode", task == Task.REGRESSION ? "value" : "class");
        ArrayNode x = points.putArray("x");
        ArrayNode y = points.putArray("y");
        ArrayNode label = points.putArray("label");
        for (int i = 0; i < xy.length; i++) {
            x.add(xy[i][0]);
            y.add(xy[i][1]);
            label.add(task == Task.REGRESSION ? labels[i] : (int) labels[i]);
        }
        call("setPoints", points.toString());
    }

    public void setGrid(BoundaryGrid grid) {
        ObjectNode node = JSON.createObjectNode().put("xMin", grid.xMin()).put("xMax", grid.xMax())
                .put("yMin", grid.yMin()).put("yMax", grid.yMax()).put("size", grid.size())
                .put("mode", switch (task) {
                    case BINARY -> "probability";
                    case MULTICLASS -> "class";
                    case REGRESSION -> "value";
                }).put("classes", classes);
        ArrayNode values = node.putArray("values");
        for (double v : grid.values()) {
            values.add(Finite.orZero(v));
        }
        gridUpdates++;
        call("setGrid", node.toString());
    }

    /** How many boundary pictures were sent (what a test can observe without a browser). */
    public int getGridUpdates() {
        return gridUpdates;
    }
}
