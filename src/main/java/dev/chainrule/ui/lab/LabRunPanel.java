package dev.chainrule.ui.lab;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.Argmax;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.component.NetworkDiagram;
import dev.chainrule.ui.component.RunFollower;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The right side of the Lab: progress, the decision boundary and the network diagram, and the
 * curves. It follows one run while attached (Push, about ten updates a second).
 */
public class LabRunPanel extends VerticalLayout {
    private static final long DIAGRAM_INTERVAL_NANOS = 1_000_000_000L;
    private final TrainingService training;
    final TrainingProgress progress = new TrainingProgress();
    final BoundaryChart boundary = new BoundaryChart();
    final NetworkDiagram diagram = new NetworkDiagram();
    final LiveCharts charts = new LiveCharts();
    private Long runId;
    private int totalEpochs;
    private int denseLayers;
    private EpochRecord last;
    private long diagramShownAt = System.nanoTime() - DIAGRAM_INTERVAL_NANOS;
    // the newest picture not yet shown in the diagram (null when it shows the newest)
    private RunSnapshot diagramBehind;
    private RunStatus status = RunStatus.QUEUED;
    private final RunFollower follower;
    private Consumer<RunStatus> statusListener = s -> { };

    public LabRunPanel(TrainingService training) {
        this.training = training;
        this.follower = new RunFollower(training);
        boundary.addClassName("boundary");
        FlexLayout pictures = new FlexLayout(boundary, diagram);
        pictures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pictures.setFlexGrow(1, diagram);
        diagram.setWidth(null);
        diagram.getStyle().set("min-width", "320px");
        setPadding(false);
        add(progress, pictures, charts);
    }

    public void setStatusListener(Consumer<RunStatus> listener) {
        this.statusListener = listener;
    }

    /** Shows the network and the data before training: the picture the boundary will be drawn on. */
    public void showSetup(NetworkSpec network, PreparedData data) {
        diagram.setNetwork(network);
        boolean twoFeatures = data.train().features() == 2;
        boundary.setVisible(twoFeatures);
        charts.showAccuracy(data.task() != Task.REGRESSION);
        if (twoFeatures) {
            double[][] x = data.train().x();
            double[][] y = data.train().y();
            double[] labels = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                labels[i] = data.task() == Task.MULTICLASS ? Argmax.of(y[i]) : y[i][0];
            }
            boundary.setPoints(x, labels, data.task(), Math.max(2, data.classLabels().size()));
        }
    }

    public void follow(long id, int totalEpochs, int denseLayers) {
        follower.stop();
        runId = id;
        this.totalEpochs = totalEpochs;
        this.denseLayers = denseLayers;
        last = null;
        diagramShownAt = System.nanoTime() - DIAGRAM_INTERVAL_NANOS; // the first picture is shown at once
        diagramBehind = null;
        charts.reset(totalEpochs, denseLayers);
        progress.start(totalEpochs);
        training.queuePosition(id).ifPresent(progress::queued);
        getUI().ifPresent(this::subscribe);
    }

    Long runId() {
        return runId;
    }

    RunStatus status() {
        return status;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (runId != null && !follower.isFollowing()) {
            // Re-attached (e.g. the view came back): the subscription replays the whole history.
            charts.reset(totalEpochs, denseLayers);
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
                showEpochs(epochs);
            }

            @Override
            public void onSnapshot(RunSnapshot snapshot) {
                showSnapshot(snapshot);
            }

            @Override
            public void onStatus(RunStatus newStatus) {
                setStatus(newStatus, null);
            }

            @Override
            public void onFinished(RunStatus result, String message) {
                setStatus(result, message);
            }
        });
    }

    private void showEpochs(List<EpochRecord> epochs) {
        if (epochs.isEmpty()) {
            return;
        }
        charts.append(epochs);
        last = epochs.get(epochs.size() - 1);
        progress.epoch(last, status);
    }

    // The boundary follows every picture (a few a second); the diagram, dearer to draw, about once
    // a second while the run trains, and always its last picture once it pauses or ends.
    private void showSnapshot(RunSnapshot snapshot) {
        long now = System.nanoTime();
        if (status != RunStatus.RUNNING || now - diagramShownAt >= DIAGRAM_INTERVAL_NANOS) {
            diagram.setWeights(snapshot.weights());
            diagramShownAt = now;
            diagramBehind = null;
        } else {
            diagramBehind = snapshot;
        }
        if (snapshot.boundary() != null && boundary.isVisible()) {
            boundary.setGrid(snapshot.boundary());
        }
    }

    private void setStatus(RunStatus newStatus, String message) {
        status = newStatus;
        if (newStatus != RunStatus.RUNNING && diagramBehind != null) {
            diagram.setWeights(diagramBehind.weights());
            diagramBehind = null;
        }
        if (!newStatus.isActive()) {
            progress.finished(newStatus, last, message);
        } else if (last != null) {
            progress.epoch(last, newStatus);
        } else if (newStatus == RunStatus.QUEUED) {
            OptionalInt place = training.queuePosition(runId);
            place.ifPresent(progress::queued);
        }
        statusListener.accept(newStatus);
    }
}
