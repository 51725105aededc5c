package dev.chainrule.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Follows one run for a view: every callback from the training thread is moved onto the view's
 * UI with {@code ui.access}. Views start it on attach (or when a run starts) and {@link #stop()} it
 * on detach, so a closed tab leaves no listener behind while the run goes on.
 *
 * <p>The callbacks are not applied on the training thread itself: when the session is free,
 * {@code ui.access} runs the command and writes the push on the calling thread, which would make
 * the run pay for its viewers' charts. They go to a mailbox that a small shared pool of push
 * threads empties, in order, one drain per follower at a time. The mailbox ({@link PushMailbox})
 * merges progress while it waits, so it stays small however slow the browser.
 */
public final class RunFollower {
    private static final Executor PUSHERS = Executors.newFixedThreadPool(2, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "run-push-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final RunSource source;
    private AutoCloseable subscription;
    // what the viewer has not been shown yet: merged, so a slow browser gets the latest picture, not a backlog
    private final PushMailbox mailbox = new PushMailbox();
    // true while a drain of this follower's mailbox is queued or running
    private final AtomicBoolean draining = new AtomicBoolean();

    /**
     * How this page subscribes to a run: as its owner ({@link TrainingService#subscribe}), or through a
     * share link already checked ({@link TrainingService#follow}).
     */
    @FunctionalInterface
    public interface RunSource {
        AutoCloseable subscribe(long runId, RunSubscriber subscriber, PreparedData runData);
    }

    public RunFollower(RunSource source) {
        this.source = source;
    }

    public boolean isFollowing() {
        return subscription != null;
    }

    /**
     * Stops following any previous run, then follows {@code runId}; {@code target} runs under the UI lock.
     *
     * @param runData the run's data as prepared for the page, or null (see {@link TrainingService#subscribe})
     */
    public void follow(UI ui, long runId, PreparedData runData, RunSubscriber target) {
        stop();
        subscription = source.subscribe(runId, new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                update(ui, target, epochs, null);
            }

            @Override
            public void onSnapshot(RunSnapshot snapshot) {
                update(ui, target, List.of(), snapshot);
            }

            @Override
            public void onUpdate(List<EpochRecord> epochs, RunSnapshot snapshot) {
                // one access, so the epochs and the picture of a tick reach the browser in one push
                update(ui, target, epochs, snapshot);
            }

            @Override
            public void onStatus(RunStatus status) {
                access(ui, () -> target.onStatus(status));
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                access(ui, () -> {
                    subscription = null;
                    target.onFinished(status, message);
                });
            }
        }, runData);
    }

    public void stop() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop following a run", e);
            }
            subscription = null;
        }
    }

    private void access(UI ui, Command command) {
        if (underOwnLock(ui)) {
            accessNow(ui, command);
            return;
        }
        mailbox.add(command);
        startDrain(ui);
    }

    private void update(UI ui, RunSubscriber target, List<EpochRecord> epochs, RunSnapshot snapshot) {
        if (underOwnLock(ui)) {
            accessNow(ui, () -> target.onUpdate(epochs, snapshot));
            return;
        }
        mailbox.update(target, epochs, snapshot);
        startDrain(ui);
    }

    // called under this UI's own lock (a request, or a test training synchronously): queue it right here
    private static boolean underOwnLock(UI ui) {
        return ui.getSession() != null && ui.getSession().hasLock();
    }

    private void startDrain(UI ui) {
        if (draining.compareAndSet(false, true)) {
            PUSHERS.execute(() -> drain(ui));
        }
    }

    // Applies everything in the mailbox with one ui.access (one push), then looks again: a
    // command that arrived after the last poll but before the flag was cleared is not left behind.
    private void drain(UI ui) {
        do {
            List<Command> batch = mailbox.takeAll();
            if (!batch.isEmpty()) {
                accessNow(ui, () -> batch.forEach(Command::execute));
            }
            draining.set(false);
        } while (!mailbox.isEmpty() && draining.compareAndSet(false, true));
    }

    private static void accessNow(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The page was closed meanwhile; its detach stops the subscription. The run goes on.
        }
    }
}
