package dev.chainrule.compare;

import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ShareNotFoundException;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.SharedRun;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Opens the runs of a comparison, each with the check that fits how it was asked for: an own run through
 * {@link RunService#details} (the owner's only), a shared one through {@link ShareService#open} (a working
 * link). A run the visitor may not see is answered like a missing one, by the key it was asked by, so a
 * comparison tells nobody whether a number or token exists.
 */
@Service
public class CompareService {
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
        List<ComparedRun> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (RunRef ref : refs) {
            try {
                found.add(ref instanceof RunRef.Own own ? compared(ref.key(), runs.details(visitor, own.id()), null, false)
                        : viaLink(ref.key(), shares.open(((RunRef.Shared) ref).token())));
            } catch (RunNotFoundException | ShareNotFoundException e) {
                notFound.add(ref.key());
            }
        }
        return new Comparison(found, notFound);
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
        List<ComparedRun> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (long id : runIds) {
            try {
                found.add(compared(Long.toString(id), runs.detailsOf(id), null, true));
            } catch (RunNotFoundException e) {
                notFound.add(Long.toString(id));
            }
        }
        return new Comparison(found, notFound);
    }

    /**
     * The run as stored now (status, title, every epoch), for a run already in a comparison, so already let in:
     * after it ends, its live curve is replaced by the stored one.
     *
     * @throws RunNotFoundException when it was deleted meanwhile
     */
    public ComparedRun refresh(ComparedRun run) {
        return new ComparedRun(run.key(), run.runId(), runs.detailsOf(run.runId()), run.datasetName(),
                run.datasetChecksum(), run.trainingRows(), run.viaShareLink());
    }

    private ComparedRun viaLink(String key, SharedRun shared) {
        PreparedData prepared = shared.data() == null ? null : shared.data().prepared();
        return compared(key, shared.details(), prepared, true);
    }

    private ComparedRun compared(String key, RunDetails details, PreparedData prepared, boolean viaShareLink) {
        TrainedOn data = trainedOn.of(details, prepared);
        return new ComparedRun(key, details.run().getId(), details, data.datasetName(), data.checksum(),
                data.trainingRows(), viaShareLink);
    }
}
