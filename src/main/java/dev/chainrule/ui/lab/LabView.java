package dev.chainrule.ui.lab;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.LaunchedRun;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.run.RunPanel;
import java.util.List;
import java.util.Optional;

/** The Lab: pick a dataset, build a network, train it and watch it learn. */
@Route(value = "lab", layout = MainLayout.class)
@PageTitle("Lab · Chainrule")
public class LabView extends HorizontalLayout implements BeforeEnterObserver {
    /** {@code lab?from=12} opens the Lab with the settings of run 12 ("Edit and run again"). */
    public static final String FROM = "from";
    private static final String RUN_AGAIN = " (run again)";

    private final DatasetService datasets;
    private final RunService runs;
    private final RunLauncher launcher;
    private final Select<DatasetChoice> dataset = new Select<>();
    private final Span datasetSummary = new Span();
    private final NetworkBuilder builder = new NetworkBuilder();
    private final TrainingSettingsForm settings;
    private final TextField title = new TextField("Title");
    private final LabControls controls = new LabControls();
    /** Why Train started nothing, e.g. "Nothing started: check Validation share." */
    private final Span refused = new Span();
    private final Details settingsBox;
    private final RunPanel run;
    private PreparedData prepared;
    /** The run these settings came from; runs started here record it as their parent. */
    private Long parentId;

    public LabView(DatasetService datasets, RunService runs, RunLauncher launcher,
            TrainingService training) {
        this.datasets = datasets;
        this.runs = runs;
        this.launcher = launcher;
        this.settings = new TrainingSettingsForm(training.maxEpochs());
        builder.setMaxParameters(training.maxParameters());
        this.run = RunPanel.forDataset(training);
        dataset.setLabel("Dataset");
        dataset.setItems(datasets.choices());
        dataset.setItemLabelGenerator(DatasetChoice::name);
        dataset.setWidthFull();
        dataset.addValueChangeListener(e -> datasetChosen(e.getValue()));
        datasetSummary.addClassName("hint");
        title.setWidthFull();
        title.setMaxLength(200);
        builder.addChangeListener(spec -> networkChanged(spec));
        run.setStatusListener(status -> controls.show(status, builder.spec().isPresent() && prepared != null));
        controls.train.addClickListener(e -> startTraining());
        controls.steer(training, run::runId);

        settingsBox = new Details("Training settings", settings);
        settingsBox.setOpened(true);
        refused.addClassNames("train-refused", "invalid");
        refused.setVisible(false);
        VerticalLayout left = new VerticalLayout(dataset, datasetSummary, builder, settingsBox, title, controls, refused);
        left.addClassName("lab-left");
        left.setWidth("460px");
        left.setMinWidth("460px");
        run.setMinWidth("0");
        setSizeFull();
        add(left, run);
        setFlexGrow(1, run);
        datasets.choices().stream().filter(c -> c.key().equals("builtin:spirals")).findFirst()
                .or(() -> datasets.choices().stream().findFirst()).ifPresent(dataset::setValue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> from = event.getLocation().getQueryParameters().getSingleParameter(FROM);
        parentId = null;
        if (from.isEmpty()) {
            return;
        }
        try {
            showSettingsOf(runs.details(Long.parseLong(from.get())));
        } catch (NumberFormatException | RunNotFoundException | ExperimentFormatException e) {
            warn("The run \"" + from.get() + "\" cannot be opened here: "
                    + (e instanceof NumberFormatException ? "that is not a run number." : e.getMessage()));
        }
    }

    /** Fills the Lab with an experiment's dataset, layers and settings; training then saves a new one. */
    private void showSettingsOf(RunDetails original) {
        ExperimentSpec spec = original.spec();
        Optional<DatasetChoice> choice = datasets.choices().stream()
                .filter(c -> c.key().equals(spec.data().dataset())).findFirst();
        choice.ifPresent(dataset::setValue);
        builder.setHiddenLayers(spec.layers().subList(0, spec.layers().size() - 1)); // the last is the output
        settings.show(spec.training(), spec.init(), spec.data().options().validationFraction());
        if (choice.isEmpty()) {
            // e.g. a deleted upload, or the seed example's data, which lives inside its experiment
            warn("The dataset of \u201c" + original.run().getTitle() + "\u201d is not in the library; "
                    + "the Lab shows its network and settings on " + dataset.getValue().name() + " instead.");
            if (prepared != null) {
                settings.defaultLossFor(prepared.task()); // the old loss may not fit this dataset's task
            }
        }
        title.setValue(runAgainTitle(original.run().getTitle()));
        parentId = original.run().getId();
    }

    private static String runAgainTitle(String title) {
        String base = title.endsWith(RUN_AGAIN) ? title.substring(0, title.length() - RUN_AGAIN.length()) : title;
        int room = RunService.MAX_TITLE_LENGTH - RUN_AGAIN.length();
        return (base.length() > room ? base.substring(0, room).strip() : base) + RUN_AGAIN;
    }

    private static void warn(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        DatasetChoice choice = dataset.getValue();
        if (prepared == null && choice != null) {
            // back after a detach: the data again, without touching the settings chosen for it
            try {
                prepared = launcher.prepare(choice.key(), DataOptions.defaults().withStandardize(true));
                run.showData(prepared);
            } catch (DataFormatException e) {
                datasetSummary.setText(e.getMessage());
            }
        }
    }

    /** A closed tab keeps no prepared data (a 1,000-column dataset is tens of megabytes). */
    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        prepared = null;
    }

    private void datasetChosen(DatasetChoice choice) {
        if (choice == null) {
            return;
        }
        try {
            prepared = launcher.prepare(choice.key(), DataOptions.defaults().withStandardize(true));
        } catch (DataFormatException e) {
            prepared = null;
            datasetSummary.setText(e.getMessage());
            controls.show(run.status(), false);
            return;
        }
        run.showData(prepared); // the points, once per dataset: a network edit does not send them again
        int classes = prepared.classLabels().size();
        datasetSummary.setText(String.format("%s %,d rows · %d input%s · %s%s", choice.description(),
                prepared.train().rows(), prepared.train().features(), prepared.train().features() == 1 ? "" : "s",
                prepared.task().id(), classes > 0 ? " (" + classes + " classes)" : ""));
        builder.setData(prepared.train().features(), prepared.train().features() + " inputs", prepared.task(),
                Math.max(2, classes));
        settings.defaultLossFor(prepared.task());
    }

    private void networkChanged(Optional<NetworkSpec> spec) {
        spec.ifPresent(network -> {
            if (prepared != null) {
                run.showNetwork(network);
            }
            title.setPlaceholder(autoTitle(network));
        });
        controls.show(run.runId() == null ? null : run.status(), spec.isPresent() && prepared != null);
    }

    private String autoTitle(NetworkSpec network) {
        StringBuilder shape = new StringBuilder().append(network.inputs());
        network.denseLayers().forEach(d -> shape.append('-').append(d.units()));
        DatasetChoice choice = dataset.getValue();
        return (choice == null ? "" : choice.name() + " · ") + shape + " · "
                + (settings.optimizer.getValue() == TrainingSettingsForm.Optimizer.ADAM ? "Adam" : "SGD");
    }

    private void startTraining() {
        Optional<NetworkSpec> network = builder.spec();
        DatasetChoice choice = dataset.getValue();
        if (network.isEmpty() || choice == null || prepared == null) {
            return;
        }
        Optional<TrainingSettings> chosen = settings.settings(prepared.task());
        List<String> fields = settings.refusedFields();
        refused.setVisible(chosen.isEmpty());
        if (chosen.isEmpty()) {
            settingsBox.setOpened(true); // the messages are beside the fields: they must be seen
            refused.setText("Nothing started: check " + (fields.isEmpty() ? "the training settings" : String.join(", ", fields))
                    + " (the message is beside the field).");
            return;
        }
        TrainingSettings s = chosen.get();
        DataOptions options = DataOptions.defaults().withStandardize(true).withValidation(s.validationFraction(), 1);
        String name = title.getValue().isBlank() ? title.getPlaceholder() : title.getValue().strip();
        try {
            LaunchedRun launched = launcher.start(name, choice.key(), options, network.get().layers(), s.config(),
                    s.init(), VaadinSession.getCurrent().getSession().getId(), parentId);
            // the rows it trains on (its own split), prepared once by the launcher
            run.showData(launched.data());
            run.showNetwork(network.get());
            run.follow(launched.id(), s.config().epochs(), network.get().denseLayers().size(), launched.data());
            controls.show(run.status(), true);
        } catch (TrainingRejectedException | DataFormatException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
