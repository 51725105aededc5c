package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunRow;
import dev.chainrule.run.RunService;
import java.io.Serializable;

/** Rename and delete for one row of the Runs page. */
class RunActions implements Serializable {
    private final RunService runs;
    private final SerializableRunnable renamed;
    private final SerializableRunnable deleted;
    private final SerializableConsumer<String> message;

    private final Visitor visitor;

    RunActions(RunService runs, Visitor visitor, SerializableRunnable renamed, SerializableRunnable deleted,
            SerializableConsumer<String> message) {
        this.runs = runs;
        this.visitor = visitor;
        this.renamed = renamed;
        this.deleted = deleted;
        this.message = message;
    }

    HorizontalLayout buttons(RunRow row) {
        Run e = row.run();
        Button rename = small(new Button(VaadinIcon.EDIT.create(), click -> new RenameDialog(runs, visitor, e, () -> {
            message.accept("");
            renamed.run();
        }).open()), "Rename " + e.getTitle());
        Button delete = small(new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(e)), "Delete " + e.getTitle());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(rename, delete);
        buttons.setSpacing(false);
        return buttons;
    }

    private static Button small(Button button, String label) {
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        // A click on a button in a row must not also open the run (the row's click listener).
        button.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    private void confirmDelete(Run e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete \u201c" + e.getTitle() + "\u201d?");
        dialog.setText("The run and its history of every epoch are deleted. Runs derived from it "
                + "are kept. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> delete(e));
        dialog.open();
    }

    private void delete(Run e) {
        try {
            runs.delete(visitor, e.getId());
            message.accept("Deleted \u201c" + e.getTitle() + "\u201d.");
        } catch (IllegalStateException | RunNotFoundException refused) {
            message.accept(refused.getMessage());
        }
        deleted.run();
    }
}
