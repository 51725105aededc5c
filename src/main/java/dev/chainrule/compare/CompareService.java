package dev.chainrule.compare;

import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ShareNotFoundException;
import dev.chainrule.share.ShareService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Service;

/**
 * Opens the runs of a comparison, each with the check that fits how it was asked for: a run by number through
 * {@link RunService#readableSampled} (the owner's, or a reader's a {@link dev.chainrule.run.RunGrant} lets in,
 * such as a teacher reading a student's run of an assignment), a shared one through {@link ShareService#runIdOf} (a working
 * link). A run the visitor may not see is answered like a missing one, by the key it was asked by, so a
 * comparison tells nobody whether a number or token exists.
 *
 * <p>A run is read with the epochs its curves draw ({@link Curves#pointsPerCurve} for the runs asked for) and a
 * summary of all its epochs computed by the database, never every epoch: fifty runs of 10,000 epochs would be
 * half a million rows for charts that draw 100 points a run (from each run's stored curve, {@code epoch_curve}). The CSV reads every epoch, run by run
 * ({@link #fullHistory}).
 */
@Service
public class CompareService {
    /** Threads that read a comparison's runs at once (the machines we run on have two cores or more). */
    static final int READERS = 2;
    private static final ExecutorService READING = Executors.newFixedThreadPool(READERS, r -> {
        Thread t = new Thread(r, "comparison-read");
        t.setDaemon(true);
        return t;
    });
    private final RunService runs;
    private final ShareService shares;
    private final TrainedOnLookup trainedOn;

    CompareService(RunService runs, ShareService shares, TrainedOnLookup trainedOn) {
        this.runs = runs;
        this.shares = shares;
        this.trainedOn = trainedOn;
    }

    /**
     * The runs the visitor may see, in the order asked; the others in {@link Comparison#notFound()}.
     *
     * @throws SignInRequiredException    when an anonymous visitor asks for a run by number (only a person owns runs)
     * @throws ComparisonRequestException for more than {@link Comparison#MAX_RUNS} runs
     */
    public Comparison compare(Visitor visitor, List<RunRef> refs) {
        Comparison.checkCount(refs.size());
        if (!visitor.isSignedIn() && refs.stream().anyMatch(RunRef.Own.class::isInstance)) {
            throw new SignInRequiredException();
        }
        ToIntFunction<ExperimentSpec> stride = stride(refs.size());
        return readAll(refs, RunRef::key, ref -> ref instanceof RunRef.Own own
                ? granted(visitor, compared(ref.key(), runs.readableSampled(visitor, own.id(), stride), false))
                : compared(ref.key(), runs.sampledOf(shares.runIdOf(((RunRef.Shared) ref).token()), stride), true));
    }

    /**
     * The runs by number WITHOUT checking who asks: only for a caller that has established the right to see
     * them another way (a comparison's share link). Each counts as seen through a link; one deleted since is
     * in {@link Comparison#notFound()} by its number.
     *
     * @throws ComparisonRequestException for more than {@link Comparison#MAX_RUNS} runs
     */
    public Comparison compareRuns(List<Long> runIds) {
        Comparison.checkCount(runIds.size());
        ToIntFunction<ExperimentSpec> stride = stride(runIds.size());
        return readAll(runIds, String::valueOf, id -> compared(Long.toString(id), runs.sampledOf(id, stride), true));
    }

    /**
     * The run as stored now (status, title, the epochs it draws, its summary), for a run already in a comparison,
     * so already let in: after it ends, its live curve is replaced by the stored one.
     *
     * @param runsAsked the comparison's {@link Comparison#runsAsked()}, so its curve is thinned like the others
     * @throws RunNotFoundException when it was deleted meanwhile
     */
    public ComparedRun refresh(ComparedRun run, int runsAsked) {
        return run.with(runs.sampledOf(run.runId(), stride(runsAsked)), runs.summary(run.runId()));
    }

    /**
     * Every stored epoch of a run already in a comparison (so already let in), for the CSV.
     *
     * @throws RunNotFoundException when it was deleted meanwhile
     */
    public List<EpochRecord> fullHistory(ComparedRun run) {
        return runs.history(run.runId());
    }

    /**
     * The comparison of {@code asked}, each read by {@code read} in order; one not found (or not the visitor's) is
     * in its {@link Comparison#notFound()} by its {@code key}. Fifty runs are read by {@value #READERS} threads at
     * once: each is a few small queries, and the page waits.
     */
    private static <T> Comparison readAll(List<T> asked, Function<T, String> key, Function<T, ComparedRun> read) {
        List<Future<ComparedRun>> reading = new ArrayList<>();
        for (T one : asked) {
            reading.add(READING.submit(() -> {
                try {
                    return read.apply(one);
                } catch (RunNotFoundException | ShareNotFoundException e) {
                    return null;
                }
            }));
        }
        List<ComparedRun> results = new ArrayList<>();
        try {
            for (Future<ComparedRun> f : reading) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a comparison's runs", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        List<ComparedRun> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            if (results.get(i) == null) {
                notFound.add(key.apply(asked.get(i)));
            } else {
                found.add(results.get(i));
            }
        }
        return new Comparison(found, notFound, asked.size());
    }

    /** The stride of each run's curves when {@code runsAsked} runs share a chart, by its planned epochs. */
    private static ToIntFunction<ExperimentSpec> stride(int runsAsked) {
        int points = Curves.pointsPerCurve(runsAsked);
        return spec -> Curves.thinning(spec.training().epochs(), points).stride();
    }

    private ComparedRun compared(String key, RunDetails details, boolean viaShareLink) {
        TrainedOn data = trainedOn.of(details);
        long id = details.run().getId();
        return new ComparedRun(key, id, details, runs.summary(id), data.datasetName(), data.checksum(),
                data.trainingRows(), viaShareLink, null);
    }

    /** A run by number that is not the visitor's own (a grant let them in) is named with its owner. */
    private ComparedRun granted(Visitor visitor, ComparedRun run) {
        if (visitor.owns(run.details().run().getOwnerId())) {
            return run;
        }
        return new ComparedRun(run.key(), run.runId(), run.details(), run.summary(), run.datasetName(),
                run.datasetChecksum(), run.trainingRows(), false, runs.ownerName(run.details().run()));
    }
}
