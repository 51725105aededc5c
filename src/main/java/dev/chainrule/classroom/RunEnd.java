package dev.chainrule.classroom;

import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSubscriber;
import java.util.List;

/** Does one thing when a run has ended, whether it ends later or had ended already; its epochs do not matter. */
final class RunEnd implements RunSubscriber {
    private final Runnable then;

    RunEnd(Runnable then) {
        this.then = then;
    }

    @Override
    public void onEpochs(List<EpochRecord> epochs) {
        // only the end counts
    }

    @Override
    public void onFinished(RunStatus status, String message) {
        then.run();
    }
}
