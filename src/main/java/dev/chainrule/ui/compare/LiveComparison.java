package dev.chainrule.ui.compare;

import com.vaadin.flow.component.UI;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.component.RunFollower;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the compared runs that still train: their epochs and their end reach the page through
 * Push, each on the page's UI (one {@link RunFollower} per run). A run reached through a share link
 * is followed through it; one's own as its owner.
 */
final class LiveComparison {
    /** Called under the page's UI lock. */
    interface Listener {
        void epochs(ComparedRun run, List<EpochRecord> epochs);

        void ended(ComparedRun run);
    }

    private final TrainingService training;
    private final Visitor visitor;
    private final List<RunFollower> followers = new ArrayList<>();

    LiveComparison(TrainingService training, Visitor visitor) {
        this.training = training;
        this.visitor = visitor;
    }

    boolean isLive(ComparedRun run) {
        return training.isLive(run.runId());
    }

    /** Follows {@code run} from its first epoch: the first call brings everything it has done so far. */
    void follow(UI ui, ComparedRun run, Listener listener) {
        RunFollower follower = new RunFollower(run.viaShareLink() ? training::follow
                : (id, subscriber, data) -> training.subscribe(visitor, id, subscriber, data));
        followers.add(follower);
        follower.follow(ui, run.runId(), null, new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                if (!epochs.isEmpty()) {
                    listener.epochs(run, epochs);
                }
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                listener.ended(run);
            }
        });
    }

    /** The page closed: no run keeps a listener for it. */
    void stopAll() {
        followers.forEach(RunFollower::stop);
        followers.clear();
    }
}
