package dev.chainrule.lesson;

import dev.chainrule.experiment.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The runs of one lesson being started for one person. A person trains at most a few runs at once
 * ({@code TrainingService.MAX_RUNS_PER_OWNER}), and a lesson may have more: those that do not fit wait here
 * and start, in the lesson's order, as the person's earlier runs end. Every run goes through the one launch
 * path, so its queue and limits apply. Thread-safe: the service's waiting thread and the page both use it.
 */
public final class LessonLaunch {

    /**
     * Where the launch stands.
     *
     * @param started  the ids of the runs started so far, in the lesson's order
     * @param total    how many runs the lesson has
     * @param waiting  true while the next run waits for one of the person's runs to end
     * @param problem  why the launch stopped before every run started (the runs started keep training), or null
     */
    public record Progress(List<Long> started, int total, boolean waiting, String problem) {
        public Progress {
            started = List.copyOf(started);
        }

        /** Every run has started: the comparison can open. */
        public boolean complete() {
            return started.size() == total;
        }

        /** Nothing more will start: complete, stopped by a problem, or cancelled. */
        public boolean ended() {
            return complete() || problem != null;
        }
    }

    /** Starts one run for the person; throws what the launch path throws when it cannot. */
    interface Starter {
        long start(ExperimentSpec spec);
    }

    /** What a refused start means: wait for one of the person's runs to end, or stop with the message. */
    enum Refusal { WAIT, STOP }

    private final Lesson lesson;
    private final Starter starter;
    private final Function<RuntimeException, Refusal> refusal;
    private final List<Long> started = new ArrayList<>();
    private boolean waiting;
    private String problem;
    private Consumer<Progress> listener = p -> { };

    /** @param refusal decides, from a refused start, whether to wait for a free place or to stop */
    LessonLaunch(Lesson lesson, Starter starter, Function<RuntimeException, Refusal> refusal) {
        this.lesson = lesson;
        this.starter = starter;
        this.refusal = refusal;
    }

    public Lesson lesson() {
        return lesson;
    }

    public synchronized Progress progress() {
        return new Progress(started, lesson.runs().size(), waiting, problem);
    }

    /**
     * Hears every later change (from the service's waiting thread: a page hops onto its UI); returns the
     * progress at this moment, so that no change falls between reading it and listening.
     */
    public synchronized Progress follow(Consumer<Progress> newListener) {
        listener = newListener;
        return progress();
    }

    /** Starts no more runs; those started keep training. */
    public void cancel() {
        stop("Cancelled: the runs started so far keep training.");
    }

    synchronized void stop(String why) {
        if (!progress().ended()) {
            problem = why;
            waiting = false;
            listener.accept(progress());
        }
    }

    /**
     * Starts the next runs until all have started or one is refused.
     *
     * @return true when nothing more will start here (all started, or stopped)
     */
    synchronized boolean startMore() {
        if (progress().ended()) {
            return true;
        }
        boolean changed = false;
        while (started.size() < lesson.runs().size()) {
            try {
                started.add(starter.start(lesson.runs().get(started.size())));
                changed = true;
            } catch (RuntimeException e) {
                if (refusal.apply(e) == Refusal.STOP) {
                    problem = (started.isEmpty() ? "The lesson did not start: " : started.size() + " of the "
                            + lesson.runs().size() + " runs started, the others did not: ") + e.getMessage();
                    waiting = false;
                    listener.accept(progress());
                    return true;
                }
                changed |= !waiting;
                waiting = true;
                break;
            }
        }
        if (started.size() == lesson.runs().size()) {
            waiting = false;
        }
        if (changed || progress().complete()) {
            listener.accept(progress());
        }
        return progress().ended();
    }
}
