package dev.chainrule.ui.runs;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import dev.chainrule.experiment.Experiment;
import dev.chainrule.experiment.ExperimentNotFoundException;
import dev.chainrule.experiment.ExperimentService;

/** A new title for one experiment; the service's rule (1 to 200 characters) shows beside the field. */
class RenameDialog extends Dialog {
    private final ExperimentService experiments;
    private final long id;
    private final TextField title = new TextField("Title");
    private final SerializableRunnable saved;

    RenameDialog(ExperimentService experiments, Experiment experiment, SerializableRunnable saved) {
        this.experiments = experiments;
        this.id = experiment.getId();
        this.saved = saved;
        setHeaderTitle("Rename experiment");
        title.setValue(experiment.getTitle());
        title.setMaxLength(ExperimentService.MAX_TITLE_LENGTH);
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
            experiments.rename(id, title.getValue());
            close();
            saved.run();
        } catch (IllegalArgumentException | ExperimentNotFoundException e) {
            title.setErrorMessage(e.getMessage());
            title.setInvalid(true);
        }
    }
}
