package dev.chainrule.ui.lab;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.TrainingService;
import java.util.function.Supplier;

/** Train, Pause, Resume, Step (one epoch) and Stop, enabled as the run's state allows. */
class LabControls extends HorizontalLayout {
    final Button train = new Button("Train", VaadinIcon.PLAY.create());
    final Button pause = new Button("Pause", VaadinIcon.PAUSE.create());
    final Button resume = new Button("Resume", VaadinIcon.PLAY_CIRCLE_O.create());
    final Button step = new Button("Step", VaadinIcon.STEP_FORWARD.create());
    final Button stop = new Button("Stop", VaadinIcon.STOP.create());

    LabControls() {
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.setTooltipText("Train exactly one more epoch, then pause again");
        // the run pauses at the end of its epoch and then says so; until then, no second click
        pause.setDisableOnClick(true);
        setWrap(true);
        add(train, pause, resume, step, stop);
        show(null, true);
    }

    /** Pause, Resume, Step and Stop act on the run that {@code runId} names at the time of the click. */
    void steer(TrainingService training, Visitor visitor, Supplier<Long> runId) {
        pause.addClickListener(e -> training.pause(visitor, runId.get()));
        resume.addClickListener(e -> training.resume(visitor, runId.get()));
        step.addClickListener(e -> training.step(visitor, runId.get()));
        stop.addClickListener(e -> training.stop(visitor, runId.get()));
    }

    /** @param status the followed run's state, or null when there is none; {@code canTrain} false when the form has a problem */
    void show(RunStatus status, boolean canTrain) {
        boolean active = status != null && status.isActive();
        train.setEnabled(!active && canTrain);
        pause.setEnabled(status == RunStatus.RUNNING);
        resume.setEnabled(status == RunStatus.PAUSED);
        step.setEnabled(status == RunStatus.PAUSED);
        stop.setEnabled(active);
    }
}
