package dev.chainrule.ui.run;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.component.RunFollower;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One run, live while it trains: progress, the decision boundary and network diagram, the
 * curves. The seed page's kind ({@link #forSeedExample}) shows instead one chart of the loss and
 * the sample's prediction, and the outcome below it. It follows its run while attached (Push,
 * about ten updates a second) and replays the whole history when it comes back; what each update
 * changes is in {@link RunUpdates}.
 */
public class RunPanel extends VerticalLayout {
    private final RunFollower follower;
    private final RunProgress progress;
    private final RunCurves curves;
    /** Null for the seed example, whose network and data are fixed and shown by its page. */
    private final RunPictures pictures;
    private final RunUpdates updates;
    private int totalEpochs;
    private int denseLayers;
    private PreparedData runData;

    private RunPanel(TrainingService training, RunFollower.RunSource source, boolean samplePrediction) {
        this.follower = new RunFollower(source);
        this.progress = new RunProgress(samplePrediction);
        this.curves = new RunCurves(samplePrediction);
        this.pictures = samplePrediction ? null : new RunPictures();
        this.updates = new RunUpdates(training, progress, curves, pictures);
        setPadding(false);
        add(progress);
        if (pictures != null) {
            add(updates.elsewhere(), pictures);
        }
        add(curves);
        if (samplePrediction) {
            add(progress.outcome());
        }
    }

    /** Progress, decision boundary, network diagram, and the loss, accuracy and gradient-norm curves. */
    public static RunPanel forDataset(TrainingService training, Visitor visitor) {
        return new RunPanel(training, (id, s, data) -> training.subscribe(visitor, id, s, data), false);
    }

    /** Like {@link #forDataset}, for a run seen through a share link the caller has checked. */
    public static RunPanel forSharedRun(TrainingService training) {
        return new RunPanel(training, training::follow, false);
    }

    /** Progress, one chart of the loss and the sample's prediction, and the outcome. */
    public static RunPanel forSeedExample(TrainingService training, Visitor visitor) {
        return new RunPanel(training, (id, s, data) -> training.subscribe(visitor, id, s, data), true);
    }

    /**
     * The progress bar and status line (epoch, elapsed time, status), for a page that shows them elsewhere:
     * the Lab places them in its toolbar, which stays on screen while the curves scroll.
     */
    public Component progress() {
        return progress;
    }

    /** Hears every status: queued, running, paused, and at last how the run ended. */
    public void setStatusListener(Consumer<RunStatus> listener) {
        updates.setStatusListener(listener);
    }

    /** The points the boundary is drawn on; call it when the data changes, not when the network does. */
    public void showData(PreparedData data) {
        if (pictures != null) {
            pictures.showData(data);
        }
        curves.showAccuracy(data.task() != Task.REGRESSION);
    }

    /**
     * A stored run's data and network (its page or its share page): the data prepared as the run
     * recorded, or when that is no longer possible, a line at the top saying why and the network alone,
     * on {@code inputs} when they are known.
     *
     * @return the prepared data, for {@link #follow(long, ExperimentSpec, PreparedData)}; null when it cannot be
     */
    public PreparedData showRecorded(ExperimentSpec spec, RunData runData, Supplier<Optional<Integer>> inputs) {
        PreparedData data = runData.prepared();
        if (data != null) {
            showData(data);
            showNetwork(spec.network(data.train().features()));
        } else {
            Paragraph problem = new Paragraph(runData.problem());
            problem.addClassName("run-data-problem");
            addComponentAsFirst(problem);
            inputs.get().ifPresent(n -> showNetwork(spec.network(n)));
        }
        return data;
    }

    public void showNetwork(NetworkSpec network) {
        if (pictures != null) {
            pictures.showNetwork(network);
        }
    }

    /**
     * Shows run {@code id} from its first epoch, live while it trains.
     *
     * @param runData the data it trained on, when already prepared (an ended run's boundary is
     *                recomputed on it); null otherwise
     */
    public void follow(long id, int totalEpochs, int denseLayers, PreparedData runData) {
        follower.stop();
        this.totalEpochs = totalEpochs;
        this.denseLayers = denseLayers;
        this.runData = runData;
        updates.start(id, totalEpochs, denseLayers);
        getUI().ifPresent(this::subscribe);
    }

    /** Shows a stored run: its planned epochs and dense layers come from the spec. */
    public void follow(long id, ExperimentSpec spec, PreparedData runData) {
        // the input width changes no layer count: any will do
        follow(id, spec.training().epochs(), spec.network(1).denseLayers().size(), runData);
    }

    public Long runId() {
        return updates.runId();
    }

    public RunStatus status() {
        return updates.status();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (updates.runId() != null && !follower.isFollowing()) {
            // Re-attached (e.g. the view came back): the subscription replays the whole history.
            curves.reset(totalEpochs, denseLayers);
            subscribe(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        follower.stop();
        runData = null; // a closed tab keeps no data; on a re-attach an ended run's picture is made without it
    }

    private void subscribe(UI ui) {
        updates.following();
        follower.follow(ui, updates.runId(), runData, updates);
    }
}
