package dev.chainrule.ui.compare;

import com.vaadin.flow.component.UI;
import dev.chainrule.compare.CompareService;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunNotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The compared runs a page follows live, for the comparison page and its presentation: each run that trains when
 * the page is made is emptied and followed from its first epoch (its follower brings every epoch, so none is drawn
 * twice); its epochs grow the state and the charts, and at its end the stored run replaces the live one.
 */
final class FollowedRuns {
    private final ComparisonState state;
    private final LiveComparison live;
    private final Set<String> followed = new HashSet<>();
    private boolean attachedBefore;

    /** Empties the runs that train now: call it before the charts are first drawn. */
    FollowedRuns(ComparisonState state, LiveComparison live) {
        this.state = state;
        this.live = live;
        emptyLiveRuns();
    }

    private void emptyLiveRuns() {
        followed.clear();
        state.runs().stream().filter(live::isLive).forEach(run -> {
            state.followFromStart(run);
            followed.add(run.key());
        });
    }

    /**
     * On attach, under the UI's lock: follows the runs, the charts growing with their epochs.
     *
     * @param afterEpochs called after a delivery of epochs was drawn (the page may refresh what it shows besides)
     * @param afterEnd    called after a run ended and its stored self was drawn
     */
    void attach(UI ui, CompareCharts charts, CompareService compare, Runnable afterEpochs, Runnable afterEnd) {
        if (attachedBefore) {
            // back on the page: its live runs start again from their first epoch, as their followers replay them all
            emptyLiveRuns();
            charts.redraw();
        }
        attachedBefore = true;
        for (ComparedRun run : state.runs()) {
            // a run emptied for its follower is followed even if it ended in between: its follower then brings its
            // whole stored history and its end, where asking whether it is live now would leave it empty
            if (followed.contains(run.key())) {
                live.follow(ui, run, new LiveComparison.Listener() {
                    @Override
                    public void epochs(ComparedRun grown, List<EpochRecord> epochs) {
                        state.addEpochs(grown, epochs);
                        charts.append(state.find(grown.key()), epochs);
                        afterEpochs.run();
                    }

                    @Override
                    public void ended(ComparedRun ended) {
                        try {
                            state.replace(compare.refresh(state.find(ended.key()), state.runsAsked()));
                        } catch (RunNotFoundException e) {
                            return; // deleted meanwhile: what the page has stays
                        }
                        charts.redraw();
                        afterEnd.run();
                    }
                });
            }
        }
    }

    /** On detach: no run keeps a listener for the page. */
    void detach() {
        live.stopAll();
    }
}
