package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.training.RepeatsRefusedException;
import dev.chainrule.training.SeedRepeats;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.compare.CompareLinks;
import dev.chainrule.ui.component.NumberInput;
import java.util.ArrayList;
import java.util.List;

/**
 * "Repeat with N seeds…": how many runs, what they will be, and then the comparison of this run with
 * them, so a teacher can show whether a result holds over seeds or was the luck of one.
 */
class RepeatDialog extends Dialog {
    static final int DEFAULT_SEEDS = 5;
    private final SeedRepeats repeats;
    private final Visitor visitor;
    private final long runId;
    private final NumberInput count = NumberInput.whole("Number of seeds", "The number of seeds", 1,
            SeedRepeats.MAX_REPEATS, DEFAULT_SEEDS);
    private final Button start = new Button("Start", e -> start());
    private final Paragraph problem = new Paragraph();

    RepeatDialog(SeedRepeats repeats, Visitor visitor, RunDetails details) {
        this.repeats = repeats;
        this.visitor = visitor;
        this.runId = details.run().getId();
        long seed = details.spec().training().seed();
        setHeaderTitle("Repeat with other seeds");
        setWidth("min(600px, 95vw)");
        count.setHelperText("1 to " + SeedRepeats.MAX_REPEATS);
        count.addValueChangeListener(e -> label());
        Paragraph what = new Paragraph("Each new run trains this experiment again, identical but for its seed: the "
                + "seeds after this run's (" + seed + "), so other initial weights, another order of the examples "
                + "and other dropout. The data, its split and every other setting stay the same. The runs are listed "
                + "as derived from this one, and you see them compared with it.");
        Paragraph limit = new Paragraph("You can have " + TrainingService.MAX_RUNS_PER_OWNER + " runs training at "
                + "once. Seeds beyond that do not start now; repeat again when they have finished, and it goes on "
                + "with the next seeds.");
        problem.addClassName("repeat-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(what, count, limit, problem);
        getFooter().add(new Button("Cancel", e -> close()), start);
        label();
    }

    private void label() {
        Integer n = count.problem() == null ? count.getWholeNumber() : null;
        start.setText(n == null ? "Start" : n == 1 ? "Start 1 run" : "Start " + n + " runs");
    }

    private void start() {
        if (!count.check()) {
            return;
        }
        try {
            List<Long> started = repeats.repeat(visitor, runId, count.getWholeNumber());
            compare(started, "Started " + started.size() + (started.size() == 1 ? " run" : " runs")
                    + " with other seeds; the comparison fills in as they train.", NotificationVariant.LUMO_SUCCESS);
        } catch (RepeatsRefusedException refused) {
            if (refused.started().isEmpty()) {
                show(refused.getMessage());
            } else {
                compare(refused.started(), refused.getMessage(), NotificationVariant.LUMO_WARNING);
            }
        } catch (IllegalArgumentException wrongCount) {
            count.setErrorMessage(wrongCount.getMessage());
            count.setInvalid(true);
        } catch (TrainingRejectedException | RunNotFoundException | DataFormatException refused) {
            show(refused.getMessage());
        }
    }

    /** To the comparison of this run and its repeats, saying what happened on the way. */
    private void compare(List<Long> started, String message, NotificationVariant variant) {
        List<Long> ids = new ArrayList<>();
        ids.add(runId);
        ids.addAll(started);
        getUI().ifPresent(ui -> {
            close();
            Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(variant);
            CompareLinks.open(ui, ids);
        });
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
