package dev.chainrule.training.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The queue for a place to train: fair between groups, a priority run first, bounded, places told right. */
class TrainingExecutorTest {
    private static final Share CLASS = new Share("class:12", false);
    private static final Share OUTSIDER = new Share("account:7", false);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final TrainingExecutor executor = TrainingExecutor.pool(threads, new CpuTurns(1, 0L), 1, 20);
    private final List<String> started = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch holderMayEnd = new CountDownLatch(1);

    @AfterEach
    void stopThreads() throws InterruptedException {
        holderMayEnd.countDown();
        executor.shutdown();
    }

    @Test
    void anOutsiderQueuedAfterAClassStartsBeforeTheClassesLaterRuns() throws Exception {
        occupyThePlace();
        List<Ticket> students = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            students.add(queue("student " + i, CLASS));
        }
        assertThat(students.get(9).placeInQueue()).hasValue(10);
        Ticket outsider = queue("outsider", OUTSIDER);

        assertThat(outsider.placeInQueue()).hasValue(2);
        assertThat(students.get(0).placeInQueue()).hasValue(1);
        assertThat(students.get(1).placeInQueue()).as("moved back by one").hasValue(3);
        assertThat(students.get(9).placeInQueue()).hasValue(11);

        holderMayEnd.countDown();
        awaitStarted(12);
        assertThat(started).startsWith("holder", "student 1", "outsider", "student 2", "student 3")
                .endsWith("student 10");
        assertThat(outsider.placeInQueue()).as("no place once it has one to train").isEmpty();
    }

    @Test
    void aPriorityRunJumpsTheQueue() throws Exception {
        occupyThePlace();
        queue("student 1", CLASS);
        queue("outsider", OUTSIDER);
        Ticket demonstration = queue("demonstration", new Share("account:3", true));
        assertThat(demonstration.placeInQueue()).hasValue(1);

        holderMayEnd.countDown();
        awaitStarted(4);
        assertThat(started).containsExactly("holder", "demonstration", "student 1", "outsider");
    }

    @Test
    void theQueueMovingIsAnnouncedAndAFullQueueRefusesMore() throws Exception {
        TrainingExecutor small = TrainingExecutor.pool(threads, new CpuTurns(1, 0L), 1, 1);
        AtomicInteger moves = new AtomicInteger();
        small.whenQueueMoves(moves::incrementAndGet);
        CountDownLatch end = new CountDownLatch(1);
        small.execute(new Ticket(CLASS), () -> await(end));
        assertThat(moves).as("a run that starts at once moves nobody").hasValue(0);
        Ticket waiting = new Ticket(OUTSIDER);
        small.execute(waiting, () -> started.add("waiting"));
        assertThat(moves).hasValue(1);
        assertThat(waiting.placeInQueue()).hasValue(1);

        assertThatThrownBy(() -> small.execute(new Ticket(CLASS), () -> { }))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("1 waiting places are taken");
        assertThatThrownBy(() -> small.execute(waiting, () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one run only");

        end.countDown();
        awaitStarted(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (moves.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(moves).as("the waiting run got the place").hasValue(2);
    }

    @Test
    void aRunStoppedWhileWaitingEndsHereAndTheOthersMoveUp() throws Exception {
        occupyThePlace();
        Ticket first = queue("student 1", CLASS);
        Ticket second = queue("student 2", CLASS);
        AtomicInteger moves = new AtomicInteger();
        executor.whenQueueMoves(moves::incrementAndGet);
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new ArrayList<>();
        Ticket stopped = new Ticket(OUTSIDER);
        executor.execute(stopped, () -> ranOn.add(Thread.currentThread()));
        assertThat(stopped.placeInQueue()).hasValue(2);
        assertThat(second.placeInQueue()).hasValue(3);

        assertThat(executor.endWhileWaiting(stopped)).isTrue();
        assertThat(ranOn).containsExactly(caller);
        assertThat(stopped.placeInQueue()).isEmpty();
        assertThat(second.placeInQueue()).hasValue(2);
        assertThat(moves).as("one move for joining, one for leaving").hasValue(2);
        assertThat(executor.endWhileWaiting(stopped)).as("not waiting any more").isFalse();

        holderMayEnd.countDown();
        awaitStarted(3);
        assertThat(started).containsExactly("holder", "student 1", "student 2");
        assertThat(first.placeInQueue()).isEmpty();
    }

    @Test
    void theSynchronousExecutorRunsEachTaskAtOnce() {
        TrainingExecutor synchronous = TrainingExecutor.synchronous();
        Ticket ticket = new Ticket(CLASS);
        synchronous.execute(ticket, () -> started.add("at once"));
        assertThat(started).containsExactly("at once");
        assertThat(ticket.placeInQueue()).isEmpty();
    }

    // the one place is taken until holderMayEnd: whatever comes next waits in the queue
    private void occupyThePlace() throws InterruptedException {
        executor.execute(new Ticket(new Share("account:1", false)), () -> {
            started.add("holder");
            await(holderMayEnd);
        });
        awaitStarted(1);
    }

    private Ticket queue(String name, Share share) {
        Ticket ticket = new Ticket(share);
        executor.execute(ticket, () -> started.add(name));
        assertThat(ticket.placeInQueue()).as("%s waits", name).isPresent();
        return ticket;
    }

    private void awaitStarted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (started.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(started).hasSize(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
