package dev.chainrule.ui.component;

import com.vaadin.flow.server.Command;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one viewer has not been shown yet, bounded however slow its browser is: consecutive
 * progress updates merge into one (their epochs joined, all of them, in order) and only the newest
 * picture is kept, so a slow viewer gets the latest picture rather than a backlog of them. Other
 * calls (status, the end) keep their place in between. Thread-safe.
 */
final class PushMailbox {
    private final Deque<Command> pending = new ArrayDeque<>();

    /** A status change or the end: delivered in order, never merged. */
    synchronized void add(Command command) {
        pending.add(command);
    }

    /** Epochs (maybe none) and a picture (or null) for {@code target}. */
    synchronized void update(RunSubscriber target, List<EpochRecord> epochs, RunSnapshot snapshot) {
        if (snapshot != null) {
            for (Command c : pending) {
                if (c instanceof Update u) {
                    u.snapshot = null; // superseded by the newer picture
                }
            }
        }
        if (pending.peekLast() instanceof Update last && last.target == target) {
            last.epochs.addAll(epochs);
            if (snapshot != null) {
                last.snapshot = snapshot;
            }
        } else {
            pending.add(new Update(target, new ArrayList<>(epochs), snapshot));
        }
    }

    /** Everything pending, in order, to run under the UI lock; the mailbox is then empty. */
    synchronized List<Command> takeAll() {
        List<Command> all = new ArrayList<>(pending);
        pending.clear();
        return all;
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Calls waiting, for tests: merged updates count once. */
    synchronized int size() {
        return pending.size();
    }

    /** Pictures waiting (at most one). */
    synchronized long snapshots() {
        return pending.stream().filter(c -> c instanceof Update u && u.snapshot != null).count();
    }

    private static final class Update implements Command {
        private final RunSubscriber target;
        private final List<EpochRecord> epochs;
        private RunSnapshot snapshot;

        private Update(RunSubscriber target, List<EpochRecord> epochs, RunSnapshot snapshot) {
            this.target = target;
            this.epochs = epochs;
            this.snapshot = snapshot;
        }

        @Override
        public void execute() {
            // taken out of the mailbox before it runs, so nothing changes it any more
            target.onUpdate(List.copyOf(epochs), snapshot);
        }
    }
}
