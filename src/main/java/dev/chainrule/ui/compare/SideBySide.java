package dev.chainrule.ui.compare;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.run.RunService;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.run.RunData;
import dev.chainrule.ui.run.RunPictures;
import java.util.HashMap;
import java.util.Map;

/**
 * The runs' pictures as small multiples: for each, its network with the weights it has now (or ended
 * with) and, on two-feature data, its decision boundary. Drawn when the section is opened (at once
 * for a few runs), since each is a chart of its own; data shared by several runs is prepared once.
 */
final class SideBySide extends Details {
    /** Up to this many runs the pictures are open from the start. */
    static final int OPEN_UP_TO = 6;
    private final ComparisonState state;
    private final TrainingService training;
    private final DatasetService datasets;
    private final RunService runs;
    private final FlexLayout cards = new FlexLayout();
    private boolean drawn;

    SideBySide(ComparisonState state, TrainingService training, DatasetService datasets, RunService runs) {
        super("Side by side: networks and decision boundaries");
        this.state = state;
        this.training = training;
        this.datasets = datasets;
        this.runs = runs;
        addClassName("compare-side-by-side");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                draw();
            }
        });
        setOpened(state.runs().size() <= OPEN_UP_TO);
        if (isOpened()) {
            draw();
        }
    }

    /** Draws the pictures again (a run ended: its last picture). */
    void refresh() {
        if (drawn) {
            drawn = false;
            draw();
        }
    }

    private void draw() {
        if (drawn) {
            return;
        }
        drawn = true;
        cards.removeAll();
        Map<ExperimentData, RunData> prepared = new HashMap<>();
        for (ComparedRun run : state.runs()) {
            RunData data = prepared.computeIfAbsent(run.spec().data(),
                    d -> RunData.of(d, run.details().run().getOwnerId(), datasets));
            cards.add(card(run, data));
        }
    }

    private Div card(ComparedRun run, RunData data) {
        Span swatch = RunColors.dot(state.color(run));
        Div title = new Div(swatch, new Span(run.label()));
        title.addClassName("side-title");
        title.getStyle().set("font-weight", "600").set("max-width", "220px").set("overflow-wrap", "anywhere");
        Div card = new Div(title);
        card.addClassName("side-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("width", "240px");
        RunPictures pictures = new RunPictures().compact();
        PreparedData prepared = data.prepared();
        if (prepared != null) {
            pictures.showData(prepared);
            pictures.showNetwork(run.spec().network(prepared.train().features()));
        } else {
            Paragraph problem = new Paragraph(data.problem());
            problem.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(problem);
            runs.inputWidth(run.details()).ifPresent(n -> pictures.showNetwork(run.spec().network(n)));
        }
        training.picture(run.runId(), prepared).ifPresent(p -> pictures.show(p, run.status()));
        card.add(pictures);
        return card;
    }
}
