package dev.chainrule.ui.compare;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import dev.chainrule.training.TrainingService;
import dev.chainrule.run.RunStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the compared runs that still train: their epochs and their end reach the page through Push.
 * A run reached through a share link is followed through it; one's own as its owner.
 *
 * <p>Every run reports ten times a second; eight of them, pushed one by one, would be eighty messages a second
 * for the browser to apply and its charts to redraw. So what they report is kept (on the training thread
 * only added to a list) and handed to the page twice a second, all runs in one push.
 */
final class LiveComparison {
    /** How often the page hears of its live runs. */
    static final long DELIVER_EVERY_MS = 500;
    // ui.access runs the delivery (and writes its push) on the calling thread when the session is free: two
    // threads, so one slow browser does not hold up every other comparison page
    private static final ScheduledExecutorService CLOCK = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "comparison-push");
        t.setDaemon(true);
        return t;
    });
    private static final Logger LOG = LoggerFactory.getLogger(LiveComparison.class);

    /** Called under the page's UI lock. */
    interface Listener {
        void epochs(ComparedRun run, List<EpochRecord> epochs);

        void ended(ComparedRun run);
    }

    /** What a run reported since the page last heard of it. */
    private static final class Pending {
        final ComparedRun run;
        final Listener listener;
        final List<EpochRecord> epochs = new ArrayList<>();
        boolean ended;

        Pending(ComparedRun run, Listener listener) {
            this.run = run;
            this.listener = listener;
        }
    }

    private final TrainingService training;
    private final Visitor visitor;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>(); // guarded by itself
    private ScheduledFuture<?> clock;

    LiveComparison(TrainingService training, Visitor visitor) {
        this.training = training;
        this.visitor = visitor;
    }

    /** Training here or on another app instance (then followed from the database). */
    boolean isLive(ComparedRun run) {
        return training.isTraining(run.runId());
    }

    /**
     * Follows {@code run} from its first epoch: called under the UI's lock (on attach), the page hears at once of
     * everything it has done so far, then of the rest every {@value #DELIVER_EVERY_MS} ms.
     */
    void follow(UI ui, ComparedRun run, Listener listener) {
        synchronized (pending) {
            pending.put(run.key(), new Pending(run, listener));
        }
        RunSubscriber subscriber = new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                keep(run, epochs, false);
            }

            @Override
            public void onUpdate(List<EpochRecord> epochs, RunSnapshot snapshot) {
                keep(run, epochs, false);
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                keep(run, List.of(), true);
            }
        };
        subscriptions.add(run.viaShareLink() ? training.follow(run.runId(), subscriber, null)
                : training.subscribe(visitor, run.runId(), subscriber, null));
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            deliver();
        }
        if (clock == null) {
            clock = CLOCK.scheduleWithFixedDelay(() -> push(ui), DELIVER_EVERY_MS, DELIVER_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void keep(ComparedRun run, List<EpochRecord> epochs, boolean ended) {
        synchronized (pending) {
            Pending p = pending.get(run.key());
            if (p != null) {
                p.epochs.addAll(epochs);
                p.ended |= ended;
            }
        }
    }

    private void push(UI ui) {
        synchronized (pending) {
            if (pending.values().stream().noneMatch(p -> p.ended || !p.epochs.isEmpty())) {
                return;
            }
        }
        try {
            ui.access(this::deliver);
        } catch (UIDetachedException e) {
            // the page was closed meanwhile; its detach stops the following
        } catch (RuntimeException e) {
            // a failure escaping here would silently end the schedule, and with it this page's live runs
            LOG.warn("A comparison page could not be told of its live runs", e);
        }
    }

    /** Under the UI's lock: hands the page what the runs reported, in the comparison's order, ends last. */
    private void deliver() {
        List<Pending> taken = new ArrayList<>();
        synchronized (pending) {
            for (Pending p : pending.values()) {
                Pending copy = new Pending(p.run, p.listener);
                copy.epochs.addAll(p.epochs);
                copy.ended = p.ended;
                p.epochs.clear();
                taken.add(copy);
            }
            pending.values().removeIf(p -> p.ended);
        }
        taken.stream().filter(p -> !p.epochs.isEmpty()).forEach(p -> p.listener.epochs(p.run, p.epochs));
        taken.stream().filter(p -> p.ended).forEach(p -> p.listener.ended(p.run));
        synchronized (pending) {
            if (pending.isEmpty() && clock != null) {
                clock.cancel(false);
                clock = null;
            }
        }
    }

    /** The page closed: no run keeps a listener for it. */
    void stopAll() {
        if (clock != null) {
            clock.cancel(false);
            clock = null;
        }
        for (AutoCloseable subscription : subscriptions) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop following a run", e);
            }
        }
        subscriptions.clear();
        synchronized (pending) {
            pending.clear();
        }
    }
}
