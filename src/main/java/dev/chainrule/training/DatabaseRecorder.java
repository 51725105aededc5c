package dev.chainrule.training;

import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import java.util.List;

/**
 * Records a stored run: its status and outcome as column-level updates of its {@code run} row,
 * its epochs through the {@link EpochWriter} (several times a second, off the training thread).
 */
final class DatabaseRecorder implements RunRecorder {
    private final long runId;
    private final RunStore store;
    private final EpochWriter writer;
    private EpochWriter.Channel history;
    private final int curveStride;

    DatabaseRecorder(long runId, RunStore store, EpochWriter writer, int curveStride) {
        this.runId = runId;
        this.curveStride = curveStride;
        this.store = store;
        this.writer = writer;
    }

    @Override
    public void begin() {
        history = writer.open(runId, curveStride);
    }

    @Override
    public void status(RunStatus status) {
        store.markStatus(runId, status);
    }

    @Override
    public void epoch(EpochRecord record) {
        history.add(record);
    }

    @Override
    public void finish(RunStatus status, String message, List<DenseWeights> weights, EpochRecord last) {
        history.drain(); // every epoch handed over so far is stored before the outcome
        store.markFinished(runId, status, message, weights, last);
    }

    @Override
    public void failed(String message, Integer epochsDone) {
        store.markFailed(runId, message, epochsDone);
    }
}
