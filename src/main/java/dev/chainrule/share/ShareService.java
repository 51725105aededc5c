package dev.chainrule.share;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.RawTable;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RecordedData;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links: the owner of a run makes one, anyone with it sees the run, the owner withdraws it.
 * A run has at most one working link; withdrawing it and sharing again makes a new token, and the
 * old one stays dead. Deleting the run deletes its links (the foreign key cascades).
 */
@Service
public class ShareService {
    private final ShareLinkRepository links;
    private final RunService runs;
    private final DatasetService datasets;

    ShareService(ShareLinkRepository links, RunService runs, DatasetService datasets) {
        this.links = links;
        this.runs = runs;
        this.datasets = datasets;
    }

    /**
     * The working token of the visitor's run, made now if it has none.
     *
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException when the run is not there or someone else's
     */
    @Transactional
    public String share(Visitor visitor, long runId) {
        runs.owned(visitor, runId);
        return links.findFirstByRunIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(runId).map(ShareLink::getToken)
                .orElseGet(() -> links.save(new ShareLink(ShareTokens.next(), runId, visitor.requireAccount(),
                        Instant.now())).getToken());
    }

    /** The working token of the visitor's run; empty when it is not shared. Same checks as {@link #share}. */
    public Optional<String> activeToken(Visitor visitor, long runId) {
        runs.owned(visitor, runId);
        return links.findFirstByRunIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(runId).map(ShareLink::getToken);
    }

    /** Withdraws the run's link: its token answers "not found" from now on. Same checks as {@link #share}. */
    @Transactional
    public void revoke(Visitor visitor, long runId) {
        runs.owned(visitor, runId);
        links.revokeAll(runId, Instant.now());
    }

    /**
     * The run behind a working link, for anyone: no account needed.
     *
     * @throws ShareNotFoundException when the token is malformed, unknown or withdrawn, or its run is gone
     */
    public SharedRun open(String token) {
        RunDetails details = details(token);
        ExperimentData data = details.spec().data();
        if (data.inlineCsv() != null) {
            return new SharedRun(details.run().getId(), details, runs.ownerName(details.run()), null, null);
        }
        return new SharedRun(details.run().getId(), details, runs.ownerName(details.run()), RecordedData.of(data, details.run().getOwnerId(), datasets),
                dataset(data.dataset(), details.run().getOwnerId()));
    }

    /** Whether the token is a working link (for the HTTP status of its page; {@link #open} reads the run). */
    public boolean isOpen(String token) {
        return ShareTokens.looksLikeToken(token) && working(token).isPresent();
    }

    /**
     * The shared run as stored now, without its history or data: its status, title and final metrics
     * change while it trains.
     *
     * @throws ShareNotFoundException like {@link #open}
     */
    public Run currentRun(String token) {
        try {
            return runs.runOf(runIdOf(token));
        } catch (RunNotFoundException e) { // deleted since the link was read
            throw new ShareNotFoundException();
        }
    }

    /** The run behind a working link with its owner's name, without its data: what a fork needs. */
    SharedRun openWithoutData(String token) {
        RunDetails details = details(token);
        return new SharedRun(details.run().getId(), details, runs.ownerName(details.run()), null, null);
    }

    private RunDetails details(String token) {
        try {
            return runs.detailsOf(runIdOf(token));
        } catch (RunNotFoundException e) {
            throw new ShareNotFoundException();
        }
    }

    /**
     * The number of the run behind a working link, nothing read of the run itself: for a caller that loads it its
     * own way (a comparison reads only the epochs it draws).
     *
     * @throws ShareNotFoundException when the token is malformed, unknown or withdrawn (a deleted run's links are gone)
     */
    public long runIdOf(String token) {
        if (!ShareTokens.looksLikeToken(token)) {
            throw new ShareNotFoundException();
        }
        return working(token).map(ShareLink::getRunId).orElseThrow(ShareNotFoundException::new);
    }

    private Optional<ShareLink> working(String token) {
        return links.findByToken(token).filter(l -> l.getRevokedAt() == null);
    }

    private SharedRun.SharedDataset dataset(String key, Long runOwnerId) {
        try {
            DatasetChoice choice = datasets.recordedChoice(key, runOwnerId);
            try {
                RawTable table = datasets.table(choice);
                return new SharedRun.SharedDataset(choice.name(), table.rows(), table.columns().size());
            } catch (DataFormatException e) {
                return new SharedRun.SharedDataset(choice.name(), null, null); // the page says why (RecordedData)
            }
        } catch (DatasetNotFoundException e) {
            return null;
        }
    }
}
