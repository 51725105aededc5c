package dev.chainrule.ui.run;

import com.vaadin.flow.component.html.Paragraph;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a run's updates do to its panel's parts: epochs go to the curves and the status line, pictures to the
 * boundary and diagram, each status to all of them and to the page's listener. Kept apart from {@link RunPanel},
 * which lays the parts out and chooses the run to follow, so that how a run's news is shown reads in one place;
 * it runs under the UI lock ({@code RunFollower} moves every call there).
 */
final class RunUpdates implements RunSubscriber {
    private final TrainingService training;
    private final RunProgress progress;
    private final RunCurves curves;
    /** Null for the seed example, whose network and data are fixed and shown by its page. */
    private final RunPictures pictures;
    // a run another server trains is followed from the database: its pictures are drawn there only
    private final Paragraph elsewhere = new Paragraph("This run trains on another server: its pictures show once it ends.");
    private Long runId;
    private RunStatus status = RunStatus.QUEUED;
    private Consumer<RunStatus> statusListener = s -> { };

    RunUpdates(TrainingService training, RunProgress progress, RunCurves curves, RunPictures pictures) {
        this.training = training;
        this.progress = progress;
        this.curves = curves;
        this.pictures = pictures;
        elsewhere.addClassName("run-elsewhere");
        elsewhere.setVisible(false);
    }

    /** The line that says the pictures come later, for the panel to place above them. */
    Paragraph elsewhere() {
        return elsewhere;
    }

    void setStatusListener(Consumer<RunStatus> listener) {
        this.statusListener = listener;
    }

    /** A new run to show: every part emptied, the status line at its place in the queue. */
    void start(long id, int totalEpochs, int denseLayers) {
        this.runId = id;
        this.status = RunStatus.QUEUED;
        if (pictures != null) {
            pictures.reset();
        }
        curves.reset(totalEpochs, denseLayers);
        progress.start(totalEpochs);
        training.queuePosition(id).ifPresent(progress::queued);
    }

    /** The panel is about to follow its run: says so when the pictures will only come once it ends. */
    void following() {
        elsewhere.setVisible(pictures != null && training.trainsElsewhere(runId));
    }

    /** The run shown, or null before the first. */
    Long runId() {
        return runId;
    }

    RunStatus status() {
        return status;
    }

    @Override
    public void onEpochs(List<EpochRecord> epochs) {
        if (!epochs.isEmpty()) {
            curves.append(epochs, status == RunStatus.PAUSED); // a Step's epoch shows at once
            progress.epoch(epochs.get(epochs.size() - 1), status);
        }
    }

    @Override
    public void onSnapshot(RunSnapshot snapshot) {
        if (pictures != null) {
            elsewhere.setVisible(false);
            pictures.show(snapshot, status);
        }
    }

    @Override
    public void onStatus(RunStatus newStatus) {
        setStatus(newStatus, null);
    }

    @Override
    public void onFinished(RunStatus result, String message) {
        elsewhere.setVisible(false);
        setStatus(result, message);
    }

    private void setStatus(RunStatus newStatus, String message) {
        status = newStatus;
        if (newStatus != RunStatus.RUNNING && newStatus != RunStatus.QUEUED) {
            curves.showNewest(); // paused or ended: the curve reaches the epoch the status line names
        }
        if (pictures != null) {
            pictures.statusChanged(newStatus);
        }
        if (!newStatus.isActive()) {
            progress.finished(newStatus, message);
        } else if (progress.hasEpochs()) {
            progress.status(newStatus);
        } else if (newStatus == RunStatus.QUEUED) {
            training.queuePosition(runId).ifPresent(progress::queued);
        }
        statusListener.accept(newStatus);
    }
}
