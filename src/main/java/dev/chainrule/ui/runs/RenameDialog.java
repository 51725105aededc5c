package dev.chainrule.ui.runs;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;

/** A new title for one run; the service's rule (1 to 200 characters) shows beside the field. */
class RenameDialog extends Dialog {
    private final RunService runs;
    private final long id;
    private final TextField title = new TextField("Title");
    private final SerializableRunnable saved;

    private final Visitor visitor;

    RenameDialog(RunService runs, Visitor visitor, Run run, SerializableRunnable saved) {
        this.visitor = visitor;
        this.runs = runs;
        this.id = run.getId();
        this.saved = saved;
        setHeaderTitle("Rename run");
        title.setValue(run.getTitle());
        title.setMaxLength(RunService.MAX_TITLE_LENGTH);
        title.setWidth("28em");
        title.addValueChangeListener(e -> title.setInvalid(false));
        add(title);
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        try {
            runs.rename(visitor, id, title.getValue());
            close();
            saved.run();
        } catch (IllegalArgumentException | RunNotFoundException e) {
            title.setErrorMessage(e.getMessage());
            title.setInvalid(true);
        }
    }
}
