package dev.chainrule.engine;

import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.engine.trace.UpdateTrace;
import java.util.Objects;

/**
 * A step-through's numbers: trains a network exactly as {@link Trainer#fit} does (the same
 * {@link TrainingRun}: order, dropout masks, loss, backpropagation, L1, clipping, weight decay, optimizer)
 * and hands back one of its updates stage by stage, read from what the training computed.
 */
public final class UpdateTracer {

    private UpdateTracer() {
    }

    /**
     * Makes the run's updates 1 to {@code update} on {@code network} (modified) and returns the last,
     * stage by stage. Early stopping is left out: it never changes an update, only whether more follow.
     *
     * @param update which update, from 1: batches counted across epochs, as the run makes them
     * @throws IllegalArgumentException when the data or settings do not fit the network, when the run has
     *                                  fewer updates, or when it diverges before this one
     */
    public static UpdateTrace trace(Network network, TrainingData train, TrainingConfig config, int update) {
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(train, "training data must not be null");
        Objects.requireNonNull(config, "config must not be null");
        TrainingConfig settings = new TrainingConfig(config.loss(), config.optimizer(), config.batchSize(), config.epochs(),
                config.shuffle(), config.seed(), config.clipping(), config.weightDecay(), null, config.task(), config.l1());
        TrainingParts.requireCompatible(network.spec(), train, null, settings);
        long perEpoch = new Batches(train, settings.batchSize()).count();
        long updates = perEpoch * settings.epochs();
        if (update < 1 || update > updates) {
            throw new IllegalArgumentException("choose an update from 1 to " + updates + " (" + settings.epochs() + " epochs of "
                    + perEpoch + (perEpoch == 1 ? " batch" : " batches") + "), was " + update);
        }
        RunControl control = new RunControl();
        TrainingRun run = new TrainingRun(network, train, null, settings, TrainingListener.NONE, control);
        UpdateRecorder recorder = new UpdateRecorder(network, run, settings, update, control);
        run.watch(recorder);
        for (int epoch = 1; epoch <= settings.epochs() && !recorder.done(); epoch++) {
            recorder.epochStarts();
            TrainingResult end = run.epoch(epoch);
            if (end != null && !recorder.done()) {
                throw new IllegalArgumentException("the run ends before update " + update + ": " + end.message());
            }
        }
        return recorder.trace();
    }
}
