package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** A live run hands epochs to its viewers in batches, about ten a second, none lost. */
class LiveRunTest {

    static final class Recorder implements RunSubscriber {
        final List<Integer> epochs = new ArrayList<>();
        int deliveries;
        int pushes;
        RunSnapshot lastSnapshot;
        RunStatus finished;

        // what a view does: one push per update, whatever it carries
        @Override
        public void onUpdate(List<EpochRecord> batch, RunSnapshot snapshot) {
            pushes++;
            RunSubscriber.super.onUpdate(batch, snapshot);
        }

        @Override
        public void onSnapshot(RunSnapshot snapshot) {
            lastSnapshot = snapshot;
        }

        @Override
        public void onEpochs(List<EpochRecord> batch) {
            deliveries++;
            batch.forEach(r -> epochs.add(r.epoch()));
        }

        @Override
        public void onFinished(RunStatus status, String message) {
            finished = status;
        }
    }

    @Test
    void aLongRunKeepsOnlyTheEpochsItsCurvesDrawForLateViewersButLiveViewersGetEveryEpoch() {
        LiveRun run = new LiveRun(1, "", 0, CurveThinning.of(100_000));
        Recorder early = new Recorder();
        run.subscribe(early);
        for (int epoch = 1; epoch <= 54_321; epoch++) {
            run.publish(record(epoch));
        }
        run.flush();
        Recorder late = new Recorder();
        run.subscribe(late);

        assertThat(early.epochs).hasSize(54_321);
        // every 100th epoch from the first (1, 101, ..., 54,301) and the newest: memory bounded by the curve
        assertThat(late.epochs).hasSize(545).isSorted().startsWith(1, 101).endsWith(54_201, 54_301, 54_321);
        run.publish(record(54_322));
        run.finish(RunStatus.STOPPED, null, null);
        assertThat(late.epochs).endsWith(54_321, 54_322);
    }

    @Test
    void aFastRunIsDeliveredInFewBatchesWithEveryEpochInOrder() {
        LiveRun run = new LiveRun(1);
        Recorder viewer = new Recorder();
        run.subscribe(viewer);
        long start = System.nanoTime();

        for (int epoch = 1; epoch <= 20_000; epoch++) {
            run.publish(record(epoch));
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        run.finish(RunStatus.COMPLETED, null, null);

        // One call with the (empty) history, then at most one per 100 ms, plus the final flush.
        assertThat(viewer.deliveries).isLessThanOrEqualTo(2 + (int) (elapsedMs / 100) + 1);
        assertThat(viewer.epochs).hasSize(20_000);
        assertThat(viewer.epochs).isSorted();
        assertThat(viewer.finished).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aPacedRunIsDeliveredAboutTenTimesASecondWithItsPicturesInTheSamePushes() {
        LiveRun run = new LiveRun(1);
        Recorder viewer = new Recorder();
        run.subscribe(viewer);
        long start = System.nanoTime();
        int epoch = 0;
        RunSnapshot newest = null;
        while (System.nanoTime() - start < 1_000_000_000L) {
            run.publish(record(++epoch));
            // a picture every 5 epochs (every ~10 ms): far more often than the pushes
            if (epoch % 5 == 0) {
                newest = new RunSnapshot(epoch, List.of(), null);
                run.publishSnapshot(newest);
            }
            LockSupport.parkNanos(2_000_000L);
        }
        run.finish(RunStatus.COMPLETED, null, null);

        assertThat(viewer.pushes).isBetween(5, 13);
        assertThat(viewer.deliveries).isBetween(5, 13);
        assertThat(viewer.epochs).hasSize(epoch);
        assertThat(viewer.lastSnapshot).isSameAs(newest);
    }

    @Test
    void aLateViewerFirstReceivesEverythingSoFar() {
        LiveRun run = new LiveRun(1);
        for (int epoch = 1; epoch <= 30; epoch++) {
            run.publish(record(epoch));
        }
        Recorder late = new Recorder();
        run.subscribe(late);
        run.publish(record(31));
        run.finish(RunStatus.STOPPED, "stopped", null);

        assertThat(late.epochs).hasSize(31).startsWith(1, 2, 3).endsWith(31);
        assertThat(late.finished).isEqualTo(RunStatus.STOPPED);
    }

    @Test
    void anEndedRunAcceptsNoMoreViewers() {
        LiveRun run = new LiveRun(1);
        run.finish(RunStatus.COMPLETED, null, null);
        assertThat(run.subscribe(new Recorder())).isFalse();
    }

    private static EpochRecord record(int epoch) {
        return new EpochRecord(epoch, 1.0 / epoch, null, null, null, null, new double[0], epoch);
    }
}
