package dev.chainrule.ui.lab;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ForkService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import dev.chainrule.ui.run.RunPanel;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The Lab: pick a dataset, build a network, train it and watch it learn. A toolbar that stays on
 * screen ({@link LabToolbar}) above two columns: the dataset with the network builder and the
 * training settings behind tabs ({@link LabSettingsTabs}), and the run's pictures and curves;
 * one column below 800 px (styles.css).
 */
@Route(value = "lab", layout = MainLayout.class)
@PermitAll
@PageTitle("Lab · Chainrule")
public class LabView extends VerticalLayout implements BeforeEnterObserver {
    /** {@code lab?from=12} opens the Lab with the settings of run 12 ("Edit and run again"). */
    public static final String FROM = LabOpening.FROM;
    /** {@code lab?imported=1} opens the Lab with the experiment just imported ({@link ImportedDesign}). */
    public static final String IMPORTED = LabOpening.IMPORTED;
    /** {@code lab?fork=TOKEN} opens the Lab with the settings of a shared run, its dataset copied to the visitor's library. */
    public static final String FORK = LabOpening.FORK;
    /** {@code lab?assignment=7} opens the Lab on a class's assignment: its experiment, banner, locks and budget. */
    public static final String ASSIGNMENT = LabOpening.ASSIGNMENT;

    private final DatasetService datasets;
    private final RunService runs;
    private final DatasetPicker dataset;
    private final NetworkBuilder builder = new NetworkBuilder();
    private final TrainingSettingsForm settings;
    private final TextField title = new TextField("Title");
    private final LabControls controls = new LabControls();
    /** Where forked settings came from: "Forked from “title” by name. Train to make your own run." */
    private final Span forkedFrom = new Span();
    private final ForkService forks;
    private final AssignmentService assignments;
    private final LabAssignment assignment;
    private final LabSettingsTabs tabs;
    private final RunPanel run;
    private final LabDraftKeeper draft;
    private final LiveRunsList liveRuns;
    /** The run these settings came from; runs started here record it as their parent. */
    private Long parentId;
    private final Visitor visitor;

    public LabView(DatasetService datasets, RunService runs, RunLauncher launcher,
            TrainingService training, ForkService forks, AssignmentService assignments, CurrentVisitor current) {
        this.visitor = current.get();
        this.forks = forks;
        this.assignments = assignments;
        this.datasets = datasets;
        this.runs = runs;
        this.settings = new TrainingSettingsForm(training.maxEpochs());
        builder.setMaxParameters(training.maxParameters());
        this.run = RunPanel.forDataset(training, visitor);
        this.dataset = new DatasetPicker(datasets.choices(visitor), launcher, visitor);
        dataset.onChosen(prepared -> {
            showInputs(prepared);
            if (prepared != null) {
                settings.defaultLossFor(prepared.task());
            }
        });
        dataset.onBack(this::showInputs); // other noise or other computed inputs: the same dataset, perhaps more inputs
        title.setMaxLength(200);
        builder.addChangeListener(spec -> networkChanged(spec));
        liveRuns = new LiveRunsList(training, visitor, active -> LabRejoin.watch(run, active, datasets, visitor), run::runId);
        run.setStatusListener(status -> {
            controls.show(status, builder.spec().isPresent() && dataset.prepared() != null);
            liveRuns.refresh(); // a run started, watched or ended here shows in the list at once
        });
        controls.steer(training, visitor, run::runId);

        forkedFrom.addClassName("forked-from");
        forkedFrom.setVisible(false);
        tabs = new LabSettingsTabs(dataset.inputToggles(), builder, settings);
        assignment = new LabAssignment(assignments, visitor, dataset, builder, settings);
        LabStart start = new LabStart(new LabForm(dataset, builder, settings, tabs, title), assignment, controls, run,
                launcher, visitor, () -> parentId);
        controls.train.addClickListener(e -> start.start());
        VerticalLayout left = new VerticalLayout(liveRuns, forkedFrom, dataset, tabs);
        left.addClassName("lab-left");
        run.addClassName("lab-run");
        Div columns = new Div(left, run);
        columns.addClassName("lab-columns");
        addClassName("lab");
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        LabToolbar toolbar = new LabToolbar(controls, run.progress(), title, start.refusedLine());
        toolbar.addComponentAtIndex(1, new LabInspectMenu(new LabInspection(builder, dataset, settings, tabs, launcher, visitor)));
        add(toolbar, assignment.banner(), columns);
        dataset.chooseDefault();
        draft = new LabDraftKeeper(dataset, builder, settings, title, controls);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parentId = null;
        forkedFrom.setVisible(false);
        assignment.clear();
        Optional<LabOpening.Start> opening = new LabOpening(runs, forks, assignments, visitor)
                .resolve(event.getLocation().getQueryParameters());
        if (opening.isEmpty()) { // the person's own draft, and their newest run if it still trains
            draft.saved().ifPresent(d -> LabRejoin.restore(d, controls, spec -> showExperiment(spec, "your draft", d.title())));
            if (run.runId() == null) {
                liveRuns.newestWatchable().ifPresent(active -> LabRejoin.watch(run, active, datasets, visitor));
            }
        }
        opening.ifPresent(start -> {
            if (start.notice() != null || start.assignment() != null) {
                dataset.reload(datasets.choices(visitor)); // a fork or an assignment has just copied its dataset here
            }
            if (start.notice() != null) {
                forkedFrom.setText(start.notice());
                forkedFrom.setVisible(true);
            }
            showExperiment(start.spec(), start.source(), start.newTitle());
            parentId = start.parentId();
            if (start.assignment() != null) {
                assignment.show(start.assignment()); // after the fields are filled: a locked field takes no value
            }
        });
        draft.open();
    }

    /**
     * Fills the Lab with an experiment's dataset, layers and settings; training then saves a new one.
     *
     * @param source   what the experiment is, for a warning: "“Spirals, Adam”"
     * @param newTitle the title a run trained from it gets
     */
    private void showExperiment(ExperimentSpec spec, String source, String newTitle) {
        Optional<DatasetChoice> choice = dataset.choose(spec.data().dataset(), spec.data().synthetic(),
                spec.data().options().inputFeatures());
        builder.setHiddenLayers(spec.layers().subList(0, spec.layers().size() - 1)); // the last is the output
        settings.show(spec.training(), spec.init(), spec.data().options().validationFraction());
        if (choice.isEmpty()) {
            // e.g. a deleted upload, or the seed example's data, which lives inside its experiment
            LabOpening.warn("The dataset of " + source + " is not in the library; "
                    + "the Lab shows its network and settings on " + dataset.choice().name() + " instead.");
            if (dataset.prepared() != null) {
                settings.defaultLossFor(dataset.prepared().task()); // the old loss may not fit this dataset's task
            }
        }
        title.setValue(newTitle);
    }

    private void showInputs(PreparedData prepared) {
        if (prepared == null) {
            controls.show(run.status(), false);
            return;
        }
        run.showData(prepared); // the points, once per preparation: a network edit does not send them again
        builder.setData(prepared.train().features(), dataset.inputsLabel(), prepared.task(),
                Math.max(2, prepared.classLabels().size()));
    }

    private void networkChanged(Optional<NetworkSpec> spec) {
        spec.ifPresent(network -> {
            if (dataset.prepared() != null) {
                run.showNetwork(network);
            }
            title.setPlaceholder(LabDraft.suggestedTitle(dataset.choice(), network, settings.optimizer.getValue()));
        });
        controls.show(run.runId() == null ? null : run.status(), spec.isPresent() && dataset.prepared() != null);
    }
}
