package dev.chainrule.training;

import dev.chainrule.run.CurveRows;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStore;
import dev.chainrule.training.pool.ThreadNiceness;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the epochs of all training runs to the database, off the training threads: one shared
 * thread appends each run's new epochs in one batch (with its progress columns) every
 * {@code chainrule.training.history-flush-ms} (default 250 ms), so a crash loses at most about
 * that much history whatever the CPU turns are doing. A training thread only hands records over. The thread runs
 * as low as the training threads ({@link ThreadNiceness#RECORDING}).
 */
@Component
class EpochWriter {
    private static final Logger log = LoggerFactory.getLogger(EpochWriter.class);

    private final RunStore store;
    private final Set<Channel> open = new CopyOnWriteArraySet<>();
    // as low as the training threads (ThreadNiceness.RECORDING says why)
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            ThreadNiceness.daemons("epoch-writer", ThreadNiceness.RECORDING));

    EpochWriter(RunStore store, @Value("${chainrule.training.history-flush-ms:250}") long flushMillis) {
        this.store = store;
        thread.scheduleWithFixedDelay(this::writeAll, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * A run's channel: the training thread adds epochs, {@link Channel#drain()} writes what is left.
     *
     * @param curveStride {@link CurveRows#stride} of the run's planned epochs: which epochs its curve keeps
     */
    Channel open(long runId, int curveStride) {
        Channel channel = new Channel(runId, curveStride);
        open.add(channel);
        return channel;
    }

    private void writeAll() {
        for (Channel channel : open) {
            try {
                channel.write();
            } catch (RuntimeException e) {
                // the epochs stay pending and are tried again next time (and when the run drains)
                log.error("Could not store the epochs of run {}", channel.runId, e);
            }
        }
    }

    @PreDestroy
    void close() {
        // runs have ended by now (TrainingService depends on this writer, so it stops first)
        thread.submit(this::writeAll);
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One run's pending epochs. */
    final class Channel {
        private final long runId;
        private final int curveStride;
        private List<EpochRecord> pending = new ArrayList<>();

        private Channel(long runId, int curveStride) {
            this.runId = runId;
            this.curveStride = curveStride;
        }

        /** Called by the training thread: never waits for the database. */
        synchronized void add(EpochRecord record) {
            pending.add(record);
        }

        private synchronized List<EpochRecord> take() {
            List<EpochRecord> batch = pending;
            pending = new ArrayList<>();
            return batch;
        }

        private synchronized void putBack(List<EpochRecord> batch) {
            batch.addAll(pending);
            pending = batch;
        }

        // only ever on the writer thread, so batches of one run are stored in order
        private void write() {
            List<EpochRecord> batch = take();
            if (batch.isEmpty()) {
                return;
            }
            try {
                store.appendEpochs(runId, batch, curveStride);
            } catch (RuntimeException e) {
                putBack(batch);
                throw e;
            }
        }

        /**
         * Writes every epoch handed over so far and closes the channel; the run's outcome is written
         * after this. Waits for the writer thread (or writes on the caller's when it has stopped).
         */
        void drain() {
            open.remove(this);
            Future<?> done;
            try {
                done = thread.submit(this::write);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                write();
                return;
            }
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                write();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("could not store the epochs of run " + runId, e.getCause());
            }
        }
    }
}
