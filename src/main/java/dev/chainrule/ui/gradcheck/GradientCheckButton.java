package dev.chainrule.ui.gradcheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.engine.GradientCheckReport;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Gradient check": checks what the page shows (its network at its initial weights, the first batch its
 * run would train on) and opens the outcome in a dialog; what cannot be checked gets a message instead.
 */
public class GradientCheckButton extends Button {

    /**
     * @param subject what to check now; empty when the page cannot say (it has already shown why, e.g.
     *                beside a field)
     */
    public GradientCheckButton(Supplier<Optional<CheckSubject>> subject) {
        super("Gradient check", VaadinIcon.SCALE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("gradient-check-button");
        setTooltipText("Gradient check: every weight's gradient from backpropagation beside the loss's own slope");
        addClickListener(e -> subject.get().ifPresent(GradientCheckButton::show));
    }

    /** For a page whose experiment carries its rows (the seed example). */
    public static GradientCheckButton forInlineData(Supplier<Optional<ExperimentSpec>> experiment) {
        return new GradientCheckButton(() -> experiment.get().flatMap(spec -> {
            try {
                return Optional.of(CheckSubject.of(spec, DataPreparation.prepareInline(spec.data()).train()));
            } catch (DataFormatException | IllegalArgumentException e) {
                refuse(e.getMessage());
                return Optional.empty();
            }
        }));
    }

    /** Shows why nothing was checked. */
    public static void refuse(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Checks the subject and opens the outcome in a dialog (or says why it cannot be checked). */
    public static void show(CheckSubject subject) {
        GradientCheckReport report;
        try {
            report = subject.check();
        } catch (IllegalArgumentException cannot) {
            refuse(cannot.getMessage());
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("gradient-check-dialog");
        dialog.setHeaderTitle("Gradient check");
        dialog.setWidth("min(960px, 96vw)");
        dialog.add(new GradientCheckPanel(report, subject.describe()));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
