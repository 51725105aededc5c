package dev.chainrule.ui.lab;

import dev.chainrule.engine.Network;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.ui.gradcheck.GradientCheckButton;
import dev.chainrule.ui.step.StepLimits;
import dev.chainrule.ui.step.StepSource;
import dev.chainrule.ui.step.StepThroughDialog;
import java.util.Optional;

/**
 * The Lab's "Step through one update": the network, dataset and settings on screen, with the rows and
 * initial weights Train would start from ({@link LabInspection}), for networks small enough to read
 * ({@link StepLimits}). What stands in the way is said, never silently ignored.
 */
final class LabStepThrough {
    private LabStepThrough() {
    }

    /** Opens the step-through of what the Lab shows now, or says what stands in the way. */
    static void open(LabInspection lab) {
        lab.now("Nothing to step through").ifPresent(subject -> {
            NetworkSpec spec = subject.network();
            Optional<String> tooLarge = StepLimits.refusal(spec);
            if (tooLarge.isPresent()) {
                GradientCheckButton.refuse(tooLarge.get());
                return;
            }
            var s = subject.settings();
            new StepThroughDialog(new StepSource(subject.title(), spec,
                    () -> Network.create(spec, s.init(), s.config().seed()), subject.data().train(), s.config())).open();
        });
    }
}
