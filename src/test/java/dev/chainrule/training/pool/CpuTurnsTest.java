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

/**
 * Runs take turns on a few CPU slots: all make progress, never more compute at once than there are slots, and
 * groups share the slots fairly (shares are counted in turns, not measured in time).
 */
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

    /**
     * One slot, and every epoch a slice: the holder hands the slot on after each epoch, so the turns counted show
     * the shares exactly. The outsider gets every other turn (half the CPU, not a ninth); the class's eight runs
     * take the other half in turn.
     */
    @Test
    void eightRunsOfAClassAndOneOutsiderShareTheSlotHalfAndHalf() throws Exception {
        CpuTurns turns = new CpuTurns(1, 0L);
        CpuTurns.Turn gate = turns.newTurn(new RunControl());
        gate.take(); // nobody computes until all nine wait in line
        List<String> turnsTaken = new ArrayList<>();
        List<Thread> runs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String name = i <= 8 ? "student " + i : "outsider";
            Share share = new Share(i <= 8 ? "class:12" : "account:7", false);
            Thread t = new Thread(() -> {
                CpuTurns.Turn turn = turns.newTurn(new RunControl(), share);
                turn.take();
                for (int epoch = 0; epoch < 40; epoch++) {
                    turnsTaken.add(name); // only the slot's holder writes: one slot
                    turn.yieldIfDue();
                }
                turn.release();
            });
            runs.add(t);
            t.start();
            awaitInLine(turns, i);
        }
        gate.release();
        for (Thread t : runs) {
            t.join(30_000);
        }

        assertThat(turnsTaken).hasSize(9 * 40);
        List<String> whileAllTrain = turnsTaken.subList(0, 80);
        assertThat(whileAllTrain.stream().filter("outsider"::equals).count()).isEqualTo(40);
        for (int i = 0; i < 80; i += 2) {
            assertThat(whileAllTrain.get(i)).as("turn %d", i).startsWith("student");
            assertThat(whileAllTrain.get(i + 1)).as("turn %d", i + 1).isEqualTo("outsider");
        }
        // the class's own runs in turn: student 1 to 8, then student 1 again
        assertThat(whileAllTrain.subList(0, 18).stream().filter(n -> n.startsWith("student")).toList())
                .containsExactly("student 1", "student 2", "student 3", "student 4", "student 5", "student 6",
                        "student 7", "student 8", "student 1");
        assertThat(turns.freeSlots()).isEqualTo(1);
    }

    @Test
    void aWaitingPriorityRunGetsTheNextSlotThenTheGroupsTakeTurns() throws Exception {
        CpuTurns turns = new CpuTurns(1, 0L);
        CpuTurns.Turn holder = turns.newTurn(new RunControl(), new Share("class:12", false));
        holder.take();
        List<String> order = new ArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        String[] names = {"student", "outsider", "demonstration"};
        Share[] shares = {new Share("class:12", false), new Share("account:7", false), new Share("class:12", true)};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            Share share = shares[i];
            Thread t = new Thread(() -> {
                CpuTurns.Turn turn = turns.newTurn(new RunControl(), share);
                turn.take();
                order.add(name); // only the slot's holder writes
                turn.release();
            });
            waiters.add(t);
            t.start();
            awaitInLine(turns, i + 1);
        }
        holder.release();
        for (Thread t : waiters) {
            t.join(5_000);
        }
        // the demonstration came last but goes first; the class had the slot, so the outsider goes before its next
        assertThat(order).containsExactly("demonstration", "outsider", "student");
    }

    private static void awaitInLine(CpuTurns turns, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (turns.waitingCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(turns.waitingCount()).isEqualTo(count);
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
