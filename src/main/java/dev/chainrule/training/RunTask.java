package dev.chainrule.training;

import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.Finite;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.TrainingResult;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.pool.CpuTurns;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one run on a pool thread, computing only while it holds a CPU turn
 * ({@link CpuTurns}): hands every epoch to its live viewers and to its {@link RunRecorder} (for a
 * stored run the {@link EpochWriter} stores them several times a second on its own thread), then
 * records the outcome and final weights.
 */
final class RunTask implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(RunTask.class);

    private final LiveRun live;
    private final ExperimentSpec spec;
    private final TrainingData train;
    private final TrainingData validation;
    private final RunRecorder recorder;
    private final Runnable onDone;
    private final CpuTurns.Turn turn;
    private long trainStart;
    // training thread only: time spent paused, which is not training time ("elapsed" stops while paused)
    private long pausedNanos;
    private long pauseStart;
    private EpochRecord lastRecord;

    /**
     * @param validation held-out rows, or null
     * @param turn       the run's claim on a CPU slot, in its group
     */
    RunTask(LiveRun live, ExperimentSpec spec, TrainingData train, TrainingData validation, RunRecorder recorder,
            CpuTurns.Turn turn, Runnable onDone) {
        this.live = live;
        this.spec = spec;
        this.train = train;
        this.validation = validation;
        this.recorder = recorder;
        this.onDone = onDone;
        this.turn = turn;
    }

    @Override
    public void run() {
        long id = live.runId();
        RunStatus status = RunStatus.FAILED;
        String message = null;
        List<DenseWeights> weights = null;
        recorder.begin();
        try {
            if (live.control().isStopRequested()) {
                status = live.isServerShuttingDown() ? RunStatus.INTERRUPTED : RunStatus.STOPPED;
                message = "Stopped before training started.";
                return;
            }
            recorder.status(RunStatus.RUNNING);
            live.setStatus(RunStatus.RUNNING);
            live.control().setPauseListener(pauseListener());
            turn.take();
            Network network = spec.createNetwork(train.features());
            double[] firstExample = train.x()[0];
            Pacer pacer = live.pacer();
            SnapshotTaker snapshots = new SnapshotTaker(train, spec.training().task());
            trainStart = System.nanoTime();
            TrainingResult result = new Trainer().fit(network, train, validation, spec.training(),
                    (metrics, net) -> onEpoch(metrics, net, firstExample, pacer, snapshots), live.control());
            weights = network.weights();
            if (lastRecord != null) {
                live.publishSnapshot(snapshots.take(lastRecord.epoch(), network));
            }
            status = switch (result.outcome()) {
                case COMPLETED -> RunStatus.COMPLETED;
                case STOPPED_EARLY -> RunStatus.STOPPED_EARLY;
                case DIVERGED -> RunStatus.DIVERGED;
                case STOPPED -> live.isServerShuttingDown() ? RunStatus.INTERRUPTED : RunStatus.STOPPED;
            };
            message = status != RunStatus.INTERRUPTED ? result.message()
                    : TrainingService.isUnstored(id) ? "The server stopped during training."
                    : "The server stopped during training; the history up to then is kept.";
        } catch (RuntimeException e) {
            log.error("Run {} failed", id, e);
            message = "Training failed: " + e.getMessage();
        } finally {
            finish(id, status, message, weights);
        }
    }

    private void onEpoch(EpochMetrics m, Network network, double[] firstExample, Pacer pacer, SnapshotTaker snapshots) {
        long elapsedMs = (System.nanoTime() - trainStart - pausedNanos) / 1_000_000L;
        EpochRecord record = new EpochRecord(m.epoch(), Finite.orNull(m.trainLoss()), m.validationLoss(),
                m.trainAccuracy(), m.validationAccuracy(), Finite.orNull(network.predict(firstExample)[0]),
                m.gradientNorms(), elapsedMs);
        live.publish(record);
        lastRecord = record;
        recorder.epoch(record);
        // A paused run (or one stepping an epoch at a time) shows each epoch and its picture at once.
        boolean paused = live.control().isPaused();
        if (paused || snapshots.isDue(System.nanoTime())) {
            live.publishSnapshot(snapshots.take(m.epoch(), network));
        }
        if (paused) {
            live.flush();
        }
        if (pacer.isPaced()) {
            // waiting for the pace needs no CPU: another run may use the slot meanwhile
            turn.release();
            pacer.awaitEpoch(live.control());
            turn.take();
        } else {
            turn.yieldIfDue();
        }
    }

    // The training thread stops for a pause: its epochs are all out, so now "paused" is true for
    // viewers; the CPU slot goes to other runs until it goes on.
    private RunControl.PauseListener pauseListener() {
        return new RunControl.PauseListener() {
            @Override
            public void pausing() {
                pauseStart = System.nanoTime();
                turn.release();
                live.flush();
                live.announcePause(() -> recorder.status(RunStatus.PAUSED));
            }

            @Override
            public void continuing() {
                turn.take(); // waiting for a CPU slot after a pause is not training either
                pausedNanos += System.nanoTime() - pauseStart;
            }
        };
    }

    // Records the outcome. When that fails the run ends failed with the reason (a small update with no
    // weights), and in any case it leaves the live runs, so that Stop and Delete treat it as ended.
    private void finish(long id, RunStatus status, String message, List<DenseWeights> weights) {
        turn.release();
        RunStatus endStatus = status;
        String endMessage = message;
        try {
            recorder.finish(status, message, weights, lastRecord);
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Could not store the end of run {}", id, e);
            endStatus = RunStatus.FAILED;
            endMessage = "The run's result could not be stored: " + reason(e);
            try {
                recorder.failed(endMessage, lastRecord == null ? null : lastRecord.epoch());
            } catch (RuntimeException again) {
                log.error("Could not mark run {} failed either; it reads interrupted after a restart", id, again);
            }
        } finally {
            live.finish(endStatus, endMessage, weights);
            onDone.run();
        }
    }

    // the innermost cause's first line, short enough for a message people read
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        return text.length() > 300 ? text.substring(0, 299) + "\u2026" : text;
    }
}
