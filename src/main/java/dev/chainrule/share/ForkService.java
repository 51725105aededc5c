package dev.chainrule.share;

import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import org.springframework.stereotype.Service;

/**
 * Forks: a signed-in visitor takes a shared run's experiment into their own Lab. Its dataset comes
 * along into their library (an upload is copied, same bytes and checksum, marked with where it came
 * from); nothing of the original changes, and nothing new is stored until they train.
 */
@Service
public class ForkService {
    private final ShareService shares;
    private final DatasetService datasets;

    ForkService(ShareService shares, DatasetService datasets) {
        this.shares = shares;
        this.datasets = datasets;
    }

    /**
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor (log in, then fork)
     * @throws ShareNotFoundException when the link is malformed, unknown or withdrawn
     */
    public Forked fork(Visitor visitor, String token) {
        visitor.requireAccount();
        SharedRun shared = shares.openWithoutData(token);
        ExperimentSpec spec = shared.details().spec();
        String notice = "Forked from \u201c" + shared.title() + "\u201d by " + shared.ownerName()
                + ". Train to make your own run.";
        ExperimentData data = spec.data();
        if (data.inlineCsv() != null) {
            return new Forked(spec, null, shared.runId(), notice);
        }
        DatasetChoice copy;
        try {
            // only an upload of the run's owner is its data (a run can never name another person's)
            DatasetChoice original = datasets.recordedChoice(data.dataset(), shared.details().run().getOwnerId());
            copy = datasets.copyForFork(visitor, original,
                    "From \u201c" + shared.title() + "\u201d shared by " + shared.ownerName());
        } catch (DatasetNotFoundException e) {
            return new Forked(spec, null, shared.runId(), notice);
        }
        ExperimentData mine = new ExperimentData(data.options(), copy.key(), data.checksum(), null, data.synthetic());
        // titled as the forker saw it on the share page (the spec keeps the title the run started with)
        return new Forked(new ExperimentSpec(shared.title(), mine, spec.layers(), spec.training(), spec.init(),
                spec.weights()), copy.key(), shared.runId(), notice);
    }
}
