package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunTransfer;
import dev.chainrule.share.ShareService;
import dev.chainrule.training.SeedRepeats;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.CurrentVisitor;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.run.RunData;
import dev.chainrule.ui.run.RunPanel;
import dev.chainrule.ui.share.ShareDialog;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** One saved run: its settings and its curves, live if it is still training, and the ways to compare it. */
@Route(value = "runs/:id", layout = MainLayout.class)
@PermitAll
public class RunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final RunService runs;
    private final TrainingService training;
    private final DatasetService datasets;
    private final RunTransfer transfer;
    private final ShareService shares;
    private final SeedRepeats repeats;
    private String title = "Run · Chainrule";

    private final Visitor visitor;

    public RunView(RunService runs, TrainingService training, DatasetService datasets, RunTransfer transfer,
            ShareService shares, SeedRepeats repeats, CurrentVisitor current) {
        this.visitor = current.get();
        this.repeats = repeats;
        this.transfer = transfer;
        this.shares = shares;
        this.datasets = datasets;
        this.runs = runs;
        this.training = training;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String parameter = event.getRouteParameters().get("id").orElse("");
        RunDetails details;
        try {
            details = runs.details(visitor, Long.parseLong(parameter));
        } catch (NumberFormatException e) {
            notFound(event, "\"" + parameter + "\" is not a run number.");
            return;
        } catch (RunNotFoundException e) {
            notFound(event, e.getMessage());
            return;
        }
        show(details);
    }

    private void show(RunDetails details) {
        long id = details.run().getId();
        String name = details.run().getTitle(); // renaming changes this, never the spec
        title = name + " · Chainrule";
        Button stop = new Button("Stop", VaadinIcon.STOP.create(), e -> training.stop(visitor, id));
        stop.setVisible(training.isLive(id));
        // The Lab opens with this run's settings; training there saves a new run, this one stays as it is.
        Button runAgain = new Button("Edit and run again", VaadinIcon.FLASK.create(), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(LabView.class, QueryParameters.of(LabView.FROM, Long.toString(id)))));
        Button share = new Button("Share\u2026", VaadinIcon.CONNECT.create(), e -> new ShareDialog(shares, visitor, id).open());
        share.setTooltipText("A link anyone can open to watch this run, without an account");
        add(new H2(name));
        derivedFrom(details.run()).ifPresent(this::add);
        add(new Paragraph(summary(details)), new HorizontalLayout(runAgain, share, stop),
                new CompareActions(runs, repeats, visitor, details),
                new RunDownloads(transfer, visitor, id, name),
                new NotesEditor(runs, visitor, id, details.run().getNotes()));
        addPanel(details, stop);
    }

    /**
     * The run's panel, live while it trains. A run on a dataset shows its decision boundary and
     * network on that data, prepared once here; the seed example, whose data travels inside the
     * run, shows its loss and prediction.
     */
    private void addPanel(RunDetails details, Button stop) {
        ExperimentSpec spec = details.spec();
        boolean seed = spec.data().inlineCsv() != null;
        RunPanel panel = seed ? RunPanel.forSeedExample(training, visitor) : RunPanel.forDataset(training, visitor);
        panel.setStatusListener(status -> stop.setVisible(status.isActive()));
        PreparedData data = seed ? null : panel.showRecorded(spec,
                RunData.of(spec.data(), details.run().getOwnerId(), datasets), () -> runs.inputWidth(details));
        panel.follow(details.run().getId(), spec, data);
        add(panel);
    }

    /** The run it came from: linked when it is the visitor's own, named with its owner when it was forked. */
    private Optional<Paragraph> derivedFrom(Run run) {
        return runs.parent(visitor, run).map(parent -> {
            Paragraph line;
            if (parent.isOwn()) {
                line = new Paragraph("derived from: ");
                line.add(new RouterLink(parent.title(), RunView.class, parameters(parent.id())));
            } else { // someone else's: there is nothing here to open
                line = new Paragraph("forked from \u201c" + parent.title() + "\u201d by " + parent.ownerName());
            }
            line.addClassName("derived-from");
            return line;
        });
    }

    private String summary(RunDetails details) {
        ExperimentSpec spec = details.spec();
        String optimizer = spec.training().optimizer() instanceof SgdSpec sgd
                ? (sgd.momentum() == 0 ? "gradient descent" : "SGD with momentum " + sgd.momentum()) : "Adam";
        return String.format("%s network, %s with learning rate %s, %,d epochs planned, %s; started %s.",
                layers(details), optimizer, spec.training().optimizer().learningRate(), spec.training().epochs(),
                details.run().getStatus().label().toLowerCase(),
                RunsView.WHEN.format(details.run().getCreatedAt()));
    }

    /** "2-16-16-1": the input width comes from the weights (initial, or final once trained). */
    private String layers(RunDetails details) {
        StringBuilder s = new StringBuilder(runs.inputWidth(details).map(String::valueOf).orElse("inputs"));
        details.spec().layers().forEach(l -> {
            if (l instanceof DenseSpec d) {
                s.append('-').append(d.units());
            }
        });
        return s.toString();
    }

    /** The not-found page, with HTTP status 404 when the run page is the first one opened. */
    private static void notFound(BeforeEnterEvent event, String message) {
        NotFoundView.show(event, message + " Open the list of runs to pick one.");
    }

    /** Where run {@code id} is shown. */
    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
