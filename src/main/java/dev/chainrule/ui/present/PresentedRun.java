package dev.chainrule.ui.present;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.ui.compare.ComparisonServices;
import dev.chainrule.ui.run.RunData;
import dev.chainrule.ui.run.RunPanel;

/**
 * One run on the projector: its progress, its decision boundary and network (on two features the boundary is what
 * the class watches form) and its curves, live while it trains. The run was opened by the comparison's checks;
 * one behind a share link is followed through the link, any other as its owner or granted reader.
 */
final class PresentedRun extends VerticalLayout {

    PresentedRun(ComparedRun run, ComparisonServices services, Visitor visitor) {
        setPadding(false);
        addClassName("presented-run");
        ExperimentSpec spec = run.spec();
        boolean seed = spec.data().inlineCsv() != null;
        RunPanel panel = run.viaShareLink() ? RunPanel.forSharedRun(services.training())
                : seed ? RunPanel.forSeedExample(services.training(), visitor)
                : RunPanel.forDataset(services.training(), visitor);
        PreparedData data = seed ? null : panel.showRecorded(spec,
                RunData.of(spec.data(), run.details().run().getOwnerId(), services.datasets()),
                () -> services.runs().inputWidth(run.details()));
        add(panel);
        panel.follow(run.runId(), spec, data);
    }
}
