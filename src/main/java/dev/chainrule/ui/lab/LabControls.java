package dev.chainrule.ui.lab;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.TrainingService;
import java.util.function.Supplier;

/**
 * Train, Pause, Resume, Step (one epoch) and Stop, enabled as the run's state allows, and the
 * speed, which a run starts with and which changes the run's pace while it trains.
 */
class LabControls extends HorizontalLayout {
    /**
     * How fast a run goes. A pace only slows epochs quicker than it, so a large dataset trains at
     * full speed whatever is chosen; a small one (the two spirals: 200 epochs in 0.4 s at full
     * speed) takes 2 s at 100 epochs a second, long enough to see the boundary turn, pause and step.
     */
    enum Speed {
        SLOW("10 epochs/s", 10), WATCH("100 epochs/s", 100), FAST("1,000 epochs/s", 1000), FULL("Full speed", 0);

        final String label;
        final int epochsPerSecond;

        Speed(String label, int epochsPerSecond) {
            this.label = label;
            this.epochsPerSecond = epochsPerSecond;
        }
    }

    final Button train = new Button("Train", VaadinIcon.PLAY.create());
    final Button pause = new Button("Pause", VaadinIcon.PAUSE.create());
    final Button resume = new Button("Resume", VaadinIcon.PLAY_CIRCLE_O.create());
    final Button step = new Button("Step", VaadinIcon.STEP_FORWARD.create());
    final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    final Select<Speed> speed = new Select<>();
    private RunStatus status;

    LabControls() {
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a phone shows only the icons (styles.css): each button keeps its name for screen readers
        for (Button button : new Button[] {train, pause, resume, step, stop}) {
            button.setAriaLabel(button.getText());
        }
        step.setTooltipText("Train exactly one more epoch, then pause again");
        // the run pauses at the end of its epoch and then says so; until then, no second click
        pause.setDisableOnClick(true);
        speed.setLabel("Speed");
        speed.setItems(Speed.values());
        speed.setItemLabelGenerator(s -> s.label);
        speed.setValue(Speed.WATCH);
        speed.setEmptySelectionAllowed(false);
        speed.addThemeVariants(SelectVariant.LUMO_SMALL);
        speed.setWidth("10em");
        speed.setTooltipText("Changes the pace of a run while it trains, too");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(train, pause, resume, step, stop, speed);
        show(null, true);
    }

    /** The pace chosen, for a run about to start: 0 for full speed. */
    int epochsPerSecond() {
        return speed.getValue() == null ? 0 : speed.getValue().epochsPerSecond;
    }

    /**
     * Pause, Resume, Step and Stop act on the run that {@code runId} names at the time of the click;
     * a new speed applies to it at once while it is queued or training.
     */
    void steer(TrainingService training, Visitor visitor, Supplier<Long> runId) {
        pause.addClickListener(e -> training.pause(visitor, runId.get()));
        resume.addClickListener(e -> training.resume(visitor, runId.get()));
        step.addClickListener(e -> training.step(visitor, runId.get()));
        stop.addClickListener(e -> training.stop(visitor, runId.get()));
        speed.addValueChangeListener(e -> {
            Long id = runId.get();
            if (id == null || status == null || !status.isActive()) {
                return; // nothing trains: the next Train starts at this speed
            }
            try {
                training.setPace(visitor, id, epochsPerSecond());
            } catch (RunNotFoundException gone) {
                // deleted from the Runs page meanwhile: there is no pace left to change
            }
        });
    }

    /** @param status the followed run's state, or null when there is none; {@code canTrain} false when the form has a problem */
    void show(RunStatus status, boolean canTrain) {
        this.status = status;
        boolean active = status != null && status.isActive();
        train.setEnabled(!active && canTrain);
        pause.setEnabled(status == RunStatus.RUNNING);
        resume.setEnabled(status == RunStatus.PAUSED);
        step.setEnabled(status == RunStatus.PAUSED);
        stop.setEnabled(active);
    }
}
