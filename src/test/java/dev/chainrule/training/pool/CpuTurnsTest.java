package dev.chainrule.training.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.RunControl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Runs take turns on a few CPU slots: all make progress, never more compute at once than there are slots. */
class CpuTurnsTest {

    @Test
    void eightRunsOnTwoSlotsAllMakeProgressAndAtMostTwoComputeAtOnce() throws Exception {
        CpuTurns turns = new CpuTurns(2, 5_000_000L);
        int runs = 8;
        AtomicIntegerArray epochs = new AtomicIntegerArray(runs);
        AtomicInteger computing = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        int[] progressWhenFirstEnded = new int[runs];
        CountDownLatch firstEnded = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            int run = r;
            Thread t = new Thread(() -> {
                CpuTurns.Turn turn = turns.newTurn(new RunControl());
                turn.take();
                for (int epoch = 0; epoch < 200; epoch++) {
                    mostAtOnce.accumulateAndGet(computing.incrementAndGet(), Math::max);
                    busy(200_000L); // an "epoch" of 0.2 ms
                    computing.decrementAndGet();
                    epochs.incrementAndGet(run);
                    turn.yieldIfDue();
                }
                turn.release();
                synchronized (progressWhenFirstEnded) {
                    if (firstEnded.getCount() == 1) {
                        for (int i = 0; i < runs; i++) {
                            progressWhenFirstEnded[i] = epochs.get(i);
                        }
                        firstEnded.countDown();
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }

        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(2);
        // 200 epochs of 0.2 ms in slices of 5 ms: the first run to finish has handed its slot on
        // many times, so every other run has trained meanwhile
        assertThat(progressWhenFirstEnded).doesNotContain(0);
        assertThat(turns.freeSlots()).isEqualTo(2);
    }

    @Test
    void aRunThatWaitsForATurnEndsItsWaitWhenStopped() throws Exception {
        CpuTurns turns = new CpuTurns(1, 5_000_000L);
        CpuTurns.Turn holder = turns.newTurn(new RunControl());
        holder.take();
        RunControl control = new RunControl();
        CpuTurns.Turn waiter = turns.newTurn(control);
        Thread t = new Thread(waiter::take);
        t.start();
        Thread.sleep(100);
        assertThat(t.isAlive()).as("waits while the only slot is taken").isTrue();

        control.requestStop();
        t.join(5_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(waiter.isHeld()).isFalse();
        holder.release();
        assertThat(turns.freeSlots()).isEqualTo(1);
    }

    @Test
    void aReleasedSlotGoesToTheRunThatHasWaitedLongest() throws Exception {
        CpuTurns turns = new CpuTurns(1, 0L);
        CpuTurns.Turn holder = turns.newTurn(new RunControl());
        holder.take();
        List<Integer> order = new ArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                CpuTurns.Turn turn = turns.newTurn(new RunControl());
                turn.take();
                synchronized (order) {
                    order.add(id);
                }
                turn.release();
            });
            waiters.add(t);
            t.start();
            // let each one queue up before the next
            awaitWaiting(t);
        }
        holder.release();
        for (Thread t : waiters) {
            t.join(5_000);
        }
        assertThat(order).containsExactly(0, 1, 2);
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (t.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
