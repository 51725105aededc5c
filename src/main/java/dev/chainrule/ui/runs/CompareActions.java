package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.ParentLabel;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.training.SeedRepeats;
import dev.chainrule.ui.compare.CompareLinks;
import java.util.List;
import java.util.Optional;

/**
 * A run's page's ways into a comparison: with the run it came from, with other runs of one's own, and
 * with repeats of itself under other seeds.
 */
class CompareActions extends HorizontalLayout {

    CompareActions(RunService runs, SeedRepeats repeats, Visitor visitor, RunDetails details) {
        long id = details.run().getId();
        // only one's own parent: someone else's (a fork's origin) is not the visitor's to open
        Optional<ParentLabel> parent = runs.parent(visitor, details.run()).filter(ParentLabel::isOwn);
        parent.ifPresent(p -> {
            Button withParent = new Button("Compare with its parent", VaadinIcon.SPLIT_H.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> CompareLinks.open(ui, List.of(p.id(), id))));
            withParent.setTooltipText("Side by side with \u201c" + p.title() + "\u201d, the run this one was derived "
                    + "from: what changed, and what it did to the curves");
            add(withParent);
        });
        Button with = new Button("Compare with\u2026", VaadinIcon.SPLIT_H.create(),
                e -> new CompareWithDialog(runs, visitor, details.run()).open());
        with.setTooltipText("Choose other runs of yours to put beside this one");
        Button repeat = new Button("Repeat with N seeds\u2026", VaadinIcon.RANDOM.create(),
                e -> new RepeatDialog(repeats, visitor, details).open());
        repeat.setTooltipText("Train this experiment again with other seeds, to see how much of its result is luck");
        add(with, repeat);
        setWrap(true);
    }
}
