package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
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
import dev.chainrule.compare.CompareService;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.RunRef;
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
import dev.chainrule.ui.compare.CompareLinks;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.run.RunData;
import dev.chainrule.ui.run.RunPanel;
import dev.chainrule.ui.share.ShareDialog;
import jakarta.annotation.security.PermitAll;
import java.util.List;
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
    private final CompareService compare;
    private String title = "Run · Chainrule";

    private final Visitor visitor;

    public RunView(RunService runs, TrainingService training, DatasetService datasets, RunTransfer transfer,
            ShareService shares, SeedRepeats repeats, CompareService compare, CurrentVisitor current) {
        this.compare = compare;
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
            details = runs.readableDetails(visitor, Long.parseLong(parameter));
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
        // a run someone lets the visitor read (a teacher, a student's run of an assignment): read-only, no notes
        boolean own = visitor.owns(details.run().getOwnerId());
        Button stop = new Button("Stop", VaadinIcon.STOP.create(), e -> training.stop(visitor, id));
        stop.setVisible(own && training.isLive(id));
        RunPanel panel = panel(details);
        PreparedData data = prepared(details, panel);
        add(new H2(name));
        Paragraph summary = new Paragraph(summary(details, data));
        summary.addClassName("run-summary");
        if (own) {
            derivedFrom(details.run()).ifPresent(this::add);
            add(summary, ownerButtons(id, stop), new CompareActions(runs, repeats, visitor, details),
                    new RunDownloads(transfer, visitor, id, name).withPyTorch(runs, details.spec(), data),
                    new NotesEditor(runs, visitor, id, details.run().getNotes()));
        } else {
            Paragraph readOnly = new Paragraph(runs.ownerName(details.run()) + "'s run, read-only: you can watch it, "
                    + "compare it and download its history; their notes are not shown.");
            readOnly.addClassName("read-only-run");
            add(readOnly, summary, RunDownloads.historyOnly(transfer, visitor, id, name));
        }
        Anchor present = new Anchor(CompareLinks.presentation(List.of(Long.toString(id))), "Show to class");
        present.addClassName("run-present"); // its boundary and curves large, for the projector
        add(present, panel);
        ComparedRun compared = compare.compare(visitor, List.of(new RunRef.Own(id))).runs().get(0);
        RunTables tables = new RunTables(compared, data);
        add(tables);
        boolean[] live = {training.isTraining(id)};
        panel.setStatusListener(status -> {
            stop.setVisible(own && status.isActive());
            if (live[0] && !status.isActive()) { // ended while watched: its final numbers are stored now
                live[0] = false;
                tables.showNumbers(compare.refresh(compared, 1));
            }
        });
        panel.follow(id, details.spec(), data);
    }

    /** Edit and run again, share, stop: the owner's. */
    private HorizontalLayout ownerButtons(long id, Button stop) {
        // The Lab opens with this run's settings; training there saves a new run, this one stays as it is.
        Button runAgain = new Button("Edit and run again", VaadinIcon.FLASK.create(), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(LabView.class, QueryParameters.of(LabView.FROM, Long.toString(id)))));
        Button share = new Button("Share\u2026", VaadinIcon.CONNECT.create(), e -> new ShareDialog(shares, visitor, id).open());
        share.setTooltipText("A link anyone can open to watch this run, without an account");
        return new HorizontalLayout(runAgain, share, stop);
    }

    /** The run's panel: a dataset's boundary and network, or the seed example's loss and prediction. */
    private RunPanel panel(RunDetails details) {
        return isSeed(details) ? RunPanel.forSeedExample(training, visitor) : RunPanel.forDataset(training, visitor);
    }

    /**
     * The data it trained on, prepared once here for its boundary and network; null for the seed example, whose
     * data travels inside the run, and when the dataset is gone (the panel says so).
     */
    private PreparedData prepared(RunDetails details, RunPanel panel) {
        ExperimentSpec spec = details.spec();
        return isSeed(details) ? null : panel.showRecorded(spec,
                RunData.of(spec.data(), details.run().getOwnerId(), datasets), () -> runs.inputWidth(details));
    }

    private static boolean isSeed(RunDetails details) {
        return details.spec().data().inlineCsv() != null;
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

    private String summary(RunDetails details, PreparedData data) {
        ExperimentSpec spec = details.spec();
        String optimizer = spec.training().optimizer() instanceof SgdSpec sgd
                ? (sgd.momentum() == 0 ? "gradient descent" : "SGD with momentum " + sgd.momentum()) : "Adam";
        return String.format("%s network, %s with learning rate %s, %,d epochs planned, %s; started %s.",
                layers(details, data), optimizer, spec.training().optimizer().learningRate(), spec.training().epochs(),
                details.run().getStatus().label().toLowerCase(),
                RunsView.WHEN.format(details.run().getCreatedAt()));
    }

    /**
     * "2-16-16-1", the same while it trains and after: the input width is its data's, else its weights' (initial,
     * or final once trained); "?" only for a run whose data and weights are both gone.
     */
    private String layers(RunDetails details, PreparedData data) {
        Optional<Integer> inputs = data != null ? Optional.of(data.train().features()) : runs.inputWidth(details);
        StringBuilder s = new StringBuilder(inputs.map(String::valueOf).orElse("?"));
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
