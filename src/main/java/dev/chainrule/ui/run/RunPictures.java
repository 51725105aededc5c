package dev.chainrule.ui.run;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.Argmax;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.NetworkDiagram;

/**
 * The decision boundary (for two features) beside the network diagram. The boundary follows every
 * picture (a few a second); the diagram, dearer to draw, about once a second while the run trains,
 * and always its last picture once it pauses or ends.
 */
public class RunPictures extends FlexLayout {
    private static final long DIAGRAM_INTERVAL_NANOS = 1_000_000_000L;
    private final BoundaryChart boundary = new BoundaryChart();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private boolean networkShown;
    private long diagramShownAt;
    // the newest picture not yet shown in the diagram (null when it shows the newest)
    private RunSnapshot diagramBehind;

    public RunPictures() {
        boundary.addClassName("boundary");
        boundary.setVisible(false); // until there are two-feature points to draw it on
        setFlexWrap(FlexWrap.WRAP);
        setFlexGrow(1, diagram);
        diagram.setWidth(null);
        diagram.getStyle().set("min-width", "320px");
        add(boundary, diagram);
        reset();
    }

    /** Small, for pictures side by side: a boundary of 220 by 200 pixels and the diagram below it. */
    public RunPictures compact() {
        boundary.setWidth("220px");
        boundary.setHeight("200px");
        diagram.setHeight("180px");
        diagram.getStyle().set("min-width", "220px");
        return this;
    }

    /** The points the boundary is drawn on: sent once per dataset, never when only the network changes. */
    public void showData(PreparedData data) {
        // two features, or inputs computed from two (x1², …): the first two are the plane
        boolean twoFeatures = data.train().plane() != null;
        boundary.setVisible(twoFeatures);
        if (twoFeatures) {
            double[][] y = data.train().y();
            double[] labels = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = data.task() == Task.MULTICLASS ? Argmax.of(y[i]) : y[i][0];
            }
            boundary.setPoints(data.train().x(), labels, data.task());
        }
    }

    public void showNetwork(NetworkSpec network) {
        diagram.setNetwork(network);
        networkShown = true;
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
        if (snapshot.boundary() != null && boundary.isVisible()) {
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
        if (networkShown) {
            diagram.setWeights(snapshot.weights());
        }
    }
}
