package dev.chainrule.ui.lab;

import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.training.ActiveRun;
import dev.chainrule.ui.run.RunData;
import dev.chainrule.ui.run.RunPanel;
import java.util.Optional;
import java.util.function.Consumer;

/** How a Lab opened again finds what the person left: their draft, and a run of theirs still training. */
final class LabRejoin {
    private LabRejoin() {
    }

    /** Fills the Lab with the draft through {@code show} (the path "Edit and run again" takes) and its speed. */
    static void restore(LabDraft draft, LabControls controls, Consumer<ExperimentSpec> show) {
        draft.experiment().ifPresent(show);
        draft.chosenSpeed().ifPresent(controls.speed::setValue);
    }

    /**
     * The panel follows {@code active} from its first epoch, on the data it trains on (prepared as
     * its experiment records it); the form keeps the draft, which may have changed since the run
     * started. When its data cannot be prepared any more the panel says why and still shows the curves.
     */
    static void watch(RunPanel panel, ActiveRun active, DatasetService datasets, Visitor visitor) {
        ExperimentSpec spec = active.spec();
        var data = panel.showRecorded(spec, RunData.of(spec.data(), visitor.accountId(), datasets), Optional::empty);
        panel.follow(active.id(), spec, data);
    }
}
