package dev.chainrule.lesson;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.training.StartOptions;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.training.TrainingService;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * Lessons: the built-in ones for everyone, and each teacher's own, saved from their runs and seen by
 * nobody else (someone else's lesson is "not found", as a missing one). Starting a lesson starts its runs
 * for the person through {@link TrainingService#start}; those beyond the person's limit of runs at once
 * wait here and start as earlier ones end ({@link LessonLaunch}).
 */
@Service
public class LessonService {
    /** How long a lesson's next run waits for a free place before the launch gives up. */
    static final long MAX_WAIT_MS = 10 * 60 * 1000;
    private static final long WAIT_STEP_MS = 250;
    /** As long as the run table keeps one experiment: a lesson of several long-layered runs must still fit. */
    static final int MAX_BODY_LENGTH = 10_000_000;

    private final BuiltInLessons builtIns = new BuiltInLessons();
    private final LessonRepository stored;
    private final TrainingService training;
    private final DatasetService datasets;
    private final RunService runs;
    /** Launches whose next run waits for a free place, with the moment they started waiting. */
    private final Map<LessonLaunch, Long> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService waiter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "lesson-launches");
        thread.setDaemon(true);
        return thread;
    });

    LessonService(LessonRepository stored, TrainingService training, DatasetService datasets, RunService runs) {
        this.stored = stored;
        this.training = training;
        this.datasets = datasets;
        this.runs = runs;
        waiter.scheduleWithFixedDelay(this::startWaiting, WAIT_STEP_MS, WAIT_STEP_MS, TimeUnit.MILLISECONDS);
    }

    /** The built-in lessons in teaching order, then the visitor's own, oldest first. */
    public List<Lesson> list(Visitor visitor) {
        List<Lesson> all = new ArrayList<>(builtIns.all());
        if (visitor.isSignedIn()) {
            stored.findByOwnerIdOrderByCreatedAtAscIdAsc(visitor.requireAccount()).forEach(l -> all.add(read(l)));
        }
        return all;
    }

    /**
     * A built-in lesson by its name, or one of the visitor's own by its number.
     *
     * @throws LessonNotFoundException when there is none, or it is someone else's (or the visitor is anonymous)
     */
    public Lesson find(Visitor visitor, String id) {
        return builtIns.find(id).orElseGet(() -> read(own(visitor, id)));
    }

    /**
     * Starts the lesson's runs for the person: as many as their limit allows now, the others as earlier ones
     * end. Each run is the lesson's experiment exactly (its data prepared as it records).
     *
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor: a run belongs to someone
     * @throws LessonNotFoundException when there is no such lesson for this visitor
     */
    public LessonLaunch start(Visitor visitor, String lessonId) {
        visitor.requireAccount();
        LessonLaunch launch = new LessonLaunch(find(visitor, lessonId), spec -> startRun(visitor, spec),
                LessonService::refusal);
        if (!launch.startMore()) {
            waiting.put(launch, System.currentTimeMillis());
        }
        return launch;
    }

    /**
     * Saves a lesson made of the visitor's runs: each run's experiment as it trained, titled as the run is now.
     *
     * @param runIds in the order they are compared; a repeated id counts once
     * @return the stored lesson, with its new id
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor
     * @throws dev.chainrule.run.RunNotFoundException when a run is not there or someone else's
     * @throws IllegalArgumentException when a text is empty or too long, or there are too many runs (the message says which)
     */
    public Lesson save(Visitor visitor, String title, String text, String notice, boolean perLayerGradients,
            List<Long> runIds) {
        long owner = visitor.requireAccount();
        List<ExperimentSpec> specs = new ArrayList<>();
        for (long id : new LinkedHashSet<>(runIds)) {
            RunDetails details = runs.details(visitor, id);
            ExperimentSpec spec = details.spec();
            specs.add(new ExperimentSpec(details.run().getTitle(), spec.data(), spec.layers(), spec.training(),
                    spec.init(), spec.weights()));
        }
        Lesson draft = new Lesson("new", title, text, notice, perLayerGradients, false, specs, owner);
        String body = LessonJson.write(draft);
        if (body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("These runs' experiments are too large to keep as one lesson ("
                    + body.length() + " characters; at most " + MAX_BODY_LENGTH + "). Choose fewer runs.");
        }
        SavedLesson row = stored.save(new SavedLesson(owner, draft.title(), body, Instant.now()));
        return read(row);
    }

    /**
     * Deletes one of the visitor's own lessons; its runs stay.
     *
     * @throws LessonNotFoundException when it is a built-in lesson, someone else's or not there
     */
    public void delete(Visitor visitor, String id) {
        stored.delete(own(visitor, id));
    }

    private SavedLesson own(Visitor visitor, String id) {
        if (!visitor.isSignedIn() || id == null || !id.matches("[1-9][0-9]{0,17}")) {
            throw new LessonNotFoundException();
        }
        return stored.findById(Long.parseLong(id)).filter(l -> visitor.owns(l.getOwnerId()))
                .orElseThrow(LessonNotFoundException::new);
    }

    private static Lesson read(SavedLesson row) {
        return LessonJson.read(row.getBody(), String.valueOf(row.getId()), row.getOwnerId());
    }

    /**
     * One run of a lesson, its data prepared exactly as the experiment records it (the rows carried inside it,
     * or a dataset of the person's library, a generated one drawn with its noise and seed).
     */
    private long startRun(Visitor visitor, ExperimentSpec spec) {
        ExperimentData data = spec.data();
        if (data.inlineCsv() != null) {
            return training.start(visitor, spec, 0);
        }
        DatasetChoice choice = datasets.choice(visitor, data.dataset()).withSynthetic(data.synthetic());
        PreparedData prepared = Preparation.prepare(datasets.table(choice), data.options());
        // recorded as resolved (target, task, the file's checksum), as every run started from the Lab is
        ExperimentData resolved = new ExperimentData(data.options().withTarget(prepared.target())
                .withTask(prepared.task()), choice.key(), datasets.checksum(choice), null, data.synthetic());
        ExperimentSpec exact = new ExperimentSpec(spec.title(), resolved, spec.layers(), spec.training(), spec.init(),
                spec.weights());
        long parameters = exact.network(prepared.train().features()).parameterCount();
        if (parameters > training.maxParameters()) { // refused for good, not worth waiting for
            throw new IllegalArgumentException(TrainingService.overBudget(parameters, training.maxParameters()));
        }
        if (spec.training().epochs() > training.maxEpochs()) {
            throw new IllegalArgumentException("\u201c" + spec.title() + "\u201d trains " + spec.training().epochs()
                    + " epochs; this server trains at most " + training.maxEpochs() + ".");
        }
        return training.start(exact, prepared.train(), prepared.validation(),
                new StartOptions(0, visitor, choice.storedId(), null));
    }

    /**
     * A refusal of the launch path is the person's limit of runs at once or a full server, both of which pass
     * (what never passes, too many epochs or parameters, is refused before); anything else stops the launch.
     */
    private static LessonLaunch.Refusal refusal(RuntimeException e) {
        return e instanceof TrainingRejectedException ? LessonLaunch.Refusal.WAIT : LessonLaunch.Refusal.STOP;
    }

    /** On the waiting thread: each waiting launch tries its next runs; one that waited too long gives up. */
    private void startWaiting() {
        long now = System.currentTimeMillis();
        waiting.forEach((launch, since) -> {
            try {
                if (launch.startMore()) {
                    waiting.remove(launch);
                } else if (now - since > MAX_WAIT_MS) {
                    launch.stop("Gave up waiting after " + MAX_WAIT_MS / 60_000 + " minutes for one of your runs to "
                            + "finish; the runs started so far keep training.");
                    waiting.remove(launch);
                }
            } catch (RuntimeException e) { // never let one launch end the waiting thread for all
                launch.stop("The lesson could not go on: " + e.getMessage());
                waiting.remove(launch);
            }
        });
    }

    @PreDestroy
    void stopWaiting() {
        waiter.shutdownNow();
    }
}
