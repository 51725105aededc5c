package dev.chainrule.ui.lab;

import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.ui.gradcheck.CheckSubject;
import java.util.List;
import java.util.Optional;

/**
 * The Lab's "Gradient check": the network the builder shows at the initial weights its settings draw, on the
 * first batch a run of these settings would train on ({@link LabInspection}: the data prepared as Train prepares it).
 */
final class LabGradientCheck {

    private LabGradientCheck() {
    }

    /** What the Lab shows now, to check; empty (with a message said) when it cannot be checked. */
    static Optional<CheckSubject> subject(LabInspection lab) {
        return lab.now("Nothing checked").map(subject -> {
            ExperimentData data = new ExperimentData(subject.options(), subject.choice().key(), null, null,
                    subject.synthetic());
            ExperimentSpec spec = new ExperimentSpec("Gradient check", data, subject.network().layers(),
                    subject.settings().config(), subject.settings().init(), List.of());
            return CheckSubject.of(spec, subject.data().train());
        });
    }
}
