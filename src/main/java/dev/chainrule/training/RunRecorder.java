package dev.chainrule.training;

import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.List;

/**
 * What a run leaves in the database while it trains and when it ends. A stored run records
 * everything ({@link DatabaseRecorder}); an unstored one (an anonymous visit to the seed page)
 * records {@link #NOTHING}, so that the Runs list does not fill with seed tries.
 * Called only by the run's training thread.
 */
interface RunRecorder {

    /** Records nothing: the run lives only for its viewers, and is gone once it has ended. */
    RunRecorder NOTHING = new RunRecorder() {
        @Override
        public void begin() {
        }

        @Override
        public void status(RunStatus status) {
        }

        @Override
        public void epoch(EpochRecord record) {
        }

        @Override
        public void finish(RunStatus status, String message, List<DenseWeights> weights, EpochRecord last) {
        }

        @Override
        public void failed(String message, Integer epochsDone) {
        }
    };

    /** The run begins on its pool thread (not when queued: a run the pool refuses leaves nothing behind). */
    void begin();

    /** Training began, or the run paused. */
    void status(RunStatus status);

    /** One more epoch; never waits for the database. */
    void epoch(EpochRecord record);

    /**
     * The outcome, after every epoch handed over so far.
     *
     * @param weights the final weights, or null when the run never trained
     * @param last    the last epoch, or null
     */
    void finish(RunStatus status, String message, List<DenseWeights> weights, EpochRecord last);

    /** The outcome could not be recorded: a small update saying why, with no weights. */
    void failed(String message, Integer epochsDone);
}
