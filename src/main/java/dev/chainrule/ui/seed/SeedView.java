package dev.chainrule.ui.seed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import dev.chainrule.ui.gradcheck.GradientCheckButton;
import dev.chainrule.ui.run.RunPanel;
import dev.chainrule.ui.step.StepSource;
import dev.chainrule.ui.step.StepThroughDialog;

/**
 * Train the worked example's 2-2-1 network and watch its loss fall, live. Train, Stop and Reset
 * stand above the numbers, so Train is on the first screen; beside them the run (styles.css: on a
 * phone the buttons, then the run, then the numbers, in one column).
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
@PageTitle("Train the seed example · Chainrule")
public class SeedView extends Div implements BeforeEnterObserver {
    /** {@code /?step} opens the step-through at once (lessons link there). */
    public static final String STEP = "step";

    private final TrainingService training;
    private final SeedForm form;
    private final RunPanel monitor;
    private final WeightsPanel weights;
    private final Button train = new Button("Train", VaadinIcon.PLAY.create());
    private final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    private final Button reset = new Button("Reset to the example");
    private final Button stepThrough = new Button("Step through one update", VaadinIcon.LIST_OL.create());
    private Long runId;
    /** Whether {@link #runId} is queued or training: only then does a new speed change its pace. */
    private boolean running;
    private final Visitor visitor;

    public SeedView(TrainingService training, CurrentVisitor current) {
        this.training = training;
        this.visitor = current.get();
        this.form = new SeedForm(training.maxEpochs());
        this.monitor = RunPanel.forSeedExample(training, visitor);
        this.weights = new WeightsPanel(training, visitor);
        configureButtons();
        monitor.setStatusListener(status -> {
            if (!status.isActive()) {
                setRunning(false);
                weights.showFinal(runId);
            }
        });

        HorizontalLayout actions = new HorizontalLayout(train, stop, reset, stepThrough,
                GradientCheckButton.forInlineData(form::toSpec));
        actions.addClassName("seed-actions");
        actions.setWrap(true);
        form.addClassName("seed-form");
        VerticalLayout right = new VerticalLayout(new H2("The seed example: a 2-2-1 network learns one example"),
                new Paragraph("Two inputs, two hidden sigmoid units, one sigmoid output. Each epoch is one forward "
                        + "pass, one backward pass and one gradient-descent update. Press Train and watch the "
                        + "loss fall while the prediction climbs towards the target."),
                monitor, weights);
        right.addClassName("seed-run");
        addClassName("seed-view");
        setSizeFull();
        add(actions, right, form);
    }

    private void configureButtons() {
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        train.addClickListener(e -> startTraining());
        stop.setEnabled(false);
        stop.addClickListener(e -> {
            if (runId != null) {
                training.stop(visitor, runId);
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> form.reset());
        form.onSpeedChanged(this::changePace);
        stepThrough.addClickListener(e -> openStepThrough());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(STEP)) {
            openStepThrough();
        }
    }

    // the numbers in the fields now, as Train would start them (a bad field gets its message, as for Train)
    private void openStepThrough() {
        form.toSpec().ifPresent(spec -> new StepThroughDialog(StepSource.ofInline("the seed example", spec)).open());
    }

    // like the Lab's speed: the run that trains takes the new pace at once (a visitor without an account
    // owns their unstored run as much as a person owns a stored one); otherwise the next Train starts at it
    private void changePace(int epochsPerSecond) {
        if (!running || runId == null) {
            return;
        }
        try {
            training.setPace(visitor, runId, epochsPerSecond);
        } catch (RunNotFoundException gone) {
            // deleted from the Runs page meanwhile: there is no pace left to change
        }
    }

    private void startTraining() {
        ExperimentSpec spec = form.toSpec().orElse(null);
        if (spec == null) {
            return;
        }
        try {
            // a visitor without an account trains as much as anyone, but their tries are not kept
            runId = visitor.isSignedIn() ? training.start(visitor, spec, form.epochsPerSecond())
                    : training.startUnstored(visitor, spec, form.epochsPerSecond());
        } catch (TrainingRejectedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        weights.clear();
        setRunning(true);
        monitor.follow(runId, spec, null);
    }

    private void setRunning(boolean running) {
        this.running = running;
        train.setEnabled(!running);
        reset.setEnabled(!running);
        stop.setEnabled(running);
    }
}
