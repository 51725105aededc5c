package dev.chainrule.ui.run;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.Argmax;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.NetworkDiagram;
import dev.chainrule.ui.component.WeightLegend;

/**
 * The decision boundary (for two features) with its switches, beside the network diagram, and the
 * diagram's legend under both. The boundary follows every picture (a few a second); the diagram, dearer to draw, with
 * each neuron's picture, about once a second while the run trains, and always its last picture once
 * it pauses or ends. The switches change only how the browser draws what it holds.
 */
public class RunPictures extends FlexLayout {
    private static final long DIAGRAM_INTERVAL_NANOS = 1_000_000_000L;
    private final BoundaryChart boundary = new BoundaryChart();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final WeightLegend legend = new WeightLegend();
    private final Checkbox discretize = new Checkbox("Discretize output");
    private final Checkbox validation = new Checkbox("Show validation points");
    private final Checkbox neuronPictures = new Checkbox("Neuron pictures", true);
    private final VerticalLayout boundaryColumn = column(boundary, discretize, validation);
    private final VerticalLayout diagramColumn = column(diagram);
    private boolean compact;
    private boolean networkShown;
    private boolean picturesSent;
    private long diagramShownAt;
    // the newest picture not yet shown in the diagram (null when it shows the newest)
    private RunSnapshot diagramBehind;
    private RunSnapshot diagramShown;

    public RunPictures() {
        boundary.addClassName("boundary");
        boundaryColumn.setVisible(false); // until there are two-feature points to draw it on
        discretize.addValueChangeListener(e -> boundary.setDiscrete(e.getValue()));
        validation.addValueChangeListener(e -> boundary.showValidation(e.getValue()));
        neuronPictures.addValueChangeListener(e -> picturesSwitched(e.getValue()));
        neuronPictures.setVisible(false);
        legend.add(neuronPictures);
        legend.showPictureScale(false);
        setFlexWrap(FlexWrap.WRAP);
        // side by side as wide as they are (a layout's own width is 100%, which would put each on its own line),
        // the diagram taking the rest; the legend under both, where its few lines are one or two
        boundaryColumn.setWidth(null);
        diagramColumn.setWidth(null);
        getStyle().set("column-gap", "var(--lumo-space-s)");
        diagramColumn.getStyle().set("flex", "1 1 300px");
        legend.getStyle().set("flex", "1 1 100%");
        diagram.setWidthFull();
        diagramColumn.getStyle().set("min-width", "min(300px, 100%)");
        add(boundaryColumn, diagramColumn, legend);
        reset();
    }

    /**
     * Small, for pictures side by side: a boundary of 220 by 200 pixels and the diagram below it, its
     * neurons circles (a picture would be a few pixels) and no legend or switches.
     */
    public RunPictures compact() {
        boundary.setWidth("220px");
        boundary.setHeight("200px");
        diagram.setHeight("180px");
        diagramColumn.getStyle().set("min-width", "min(220px, 100%)");
        compact = true;
        neuronPictures.setValue(false);
        legend.setVisible(false);
        discretize.setVisible(false);
        validation.setVisible(false);
        return this;
    }

    /** The points the boundary is drawn on: sent once per dataset, never when only the network changes. */
    public void showData(PreparedData data) {
        // two features, or inputs computed from two (x1², …): the first two are the plane
        boolean twoFeatures = data.train().plane() != null;
        boundaryColumn.setVisible(twoFeatures);
        neuronPictures.setVisible(twoFeatures && !compact);
        // a multi-class boundary is in hard classes already
        discretize.setVisible(data.task() != Task.MULTICLASS && !compact);
        legend.showPictureScale(twoFeatures && neuronPictures.getValue());
        if (twoFeatures) {
            boundary.setPoints(data.train().x(), labels(data.train(), data.task()), data.task());
            TrainingData held = data.validation();
            boolean hasValidation = held != null && held.rows() > 0;
            validation.setVisible(hasValidation && !compact);
            if (hasValidation) {
                boundary.setValidationPoints(held.x(), labels(held, data.task()));
                boundary.showValidation(validation.getValue());
            }
        }
    }

    // a class index per row (multi-class: the one-hot's), else the value
    private static double[] labels(TrainingData rows, Task task) {
        double[][] y = rows.y();
        double[] labels = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = task == Task.MULTICLASS ? Argmax.of(y[i]) : y[i][0];
        }
        return labels;
    }

    public void showNetwork(NetworkSpec network) {
        diagram.setNetwork(network);
        networkShown = true;
        picturesSent = false;
    }

    /** Before a new run: its first picture is shown at once. */
    void reset() {
        diagramShownAt = System.nanoTime() - DIAGRAM_INTERVAL_NANOS;
        diagramBehind = null;
    }

    public void show(RunSnapshot snapshot, RunStatus status) {
        long now = System.nanoTime();
        if (status != RunStatus.RUNNING || now - diagramShownAt >= DIAGRAM_INTERVAL_NANOS) {
            showWeights(snapshot);
            diagramShownAt = now;
            diagramBehind = null;
        } else {
            diagramBehind = snapshot;
        }
        if (snapshot.boundary() != null && boundaryColumn.isVisible()) {
            boundary.setGrid(snapshot.boundary());
        }
    }

    /** The run paused or ended: the diagram catches up with its last picture. */
    void statusChanged(RunStatus status) {
        if (status != RunStatus.RUNNING && diagramBehind != null) {
            showWeights(diagramBehind);
            diagramBehind = null;
        }
    }

    // without a network (its data is gone and no weights told its width) there is nothing to draw them on
    private void showWeights(RunSnapshot snapshot) {
        diagramShown = snapshot;
        if (!networkShown) {
            return;
        }
        diagram.setWeights(snapshot.weights());
        boolean pictures = neuronPictures.getValue() && snapshot.neurons() != null;
        if (pictures || picturesSent) {
            diagram.setPictures(pictures ? snapshot.neurons() : null);
            picturesSent = pictures;
        }
    }

    // switched on, the picture shown gets its neurons at once; off, they go and are no longer sent
    private void picturesSwitched(boolean on) {
        legend.showPictureScale(on && neuronPictures.isVisible());
        if (diagramShown != null) {
            showWeights(diagramShown);
        }
    }

    private static VerticalLayout column(Component... parts) {
        VerticalLayout column = new VerticalLayout(parts);
        column.setPadding(false);
        column.setSpacing(false);
        column.getStyle().set("gap", "4px");
        return column;
    }
}
