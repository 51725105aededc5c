package dev.chainrule.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import dev.chainrule.experiment.EpochRecord;
import dev.chainrule.experiment.ExperimentStatus;
import dev.chainrule.experiment.RunSnapshot;
import dev.chainrule.experiment.RunSubscriber;
import dev.chainrule.experiment.TrainingService;
import java.util.List;

/**
 * Follows one run for a view: every callback from the training thread is moved onto the view's
 * UI with {@code ui.access}. Views start it on attach (or when a run starts) and {@link #stop()} it
 * on detach, so a closed tab leaves no listener behind while the run goes on.
 */
public final class RunFollower {
    private final TrainingService training;
    private AutoCloseable subscription;

    public RunFollower(TrainingService training) {
        this.training = training;
    }

    public boolean isFollowing() {
        return subscription != null;
    }

    /** Stops following any previous run, then follows {@code runId}; {@code target} runs under the UI lock. */
    public void follow(UI ui, long runId, RunSubscriber target) {
        stop();
        subscription = training.subscribe(runId, new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                access(ui, () -> target.onEpochs(epochs));
            }

            @Override
            public void onSnapshot(RunSnapshot snapshot) {
                access(ui, () -> target.onSnapshot(snapshot));
            }

            @Override
            public void onUpdate(List<EpochRecord> epochs, RunSnapshot snapshot) {
                // one access, so the epochs and the picture of a tick reach the browser in one push
                access(ui, () -> target.onUpdate(epochs, snapshot));
            }

            @Override
            public void onStatus(ExperimentStatus status) {
                access(ui, () -> target.onStatus(status));
            }

            @Override
            public void onFinished(ExperimentStatus status, String message) {
                access(ui, () -> {
                    subscription = null;
                    target.onFinished(status, message);
                });
            }
        });
    }

    public void stop() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop following a run", e);
            }
            subscription = null;
        }
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The page was closed meanwhile; its detach stops the subscription. The run goes on.
        }
    }
}
