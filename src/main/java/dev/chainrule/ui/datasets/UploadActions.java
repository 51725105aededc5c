package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;

/** Rename and delete, for uploads only: the built-in datasets belong to everyone. */
class UploadActions extends Div {
    private final DatasetService datasets;
    private final TextField name = new TextField("Name");
    private final Button save = new Button("Save name");
    private final Button delete = new Button("Delete…", VaadinIcon.TRASH.create());
    private final Message refusal = new Message("delete-message");
    private DatasetChoice shown;
    private SerializableConsumer<String> renamed = key -> { };
    private SerializableRunnable deleted = () -> { };

    private final Visitor visitor;

    UploadActions(DatasetService datasets, Visitor visitor) {
        this.visitor = visitor;
        this.datasets = datasets;
        name.setMaxLength(200);
        name.setWidth("22em");
        name.addValueChangeListener(e -> name.setInvalid(false));
        save.addClickListener(e -> rename());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        HorizontalLayout row = new HorizontalLayout(name, save, delete);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row, refusal);
        addClassName("upload-actions");
    }

    void onRenamed(SerializableConsumer<String> listener) {
        this.renamed = listener;
    }

    void onDeleted(SerializableRunnable listener) {
        this.deleted = listener;
    }

    /** Shows the actions for an upload, or hides them for a built-in dataset. */
    void show(DatasetChoice choice) {
        shown = choice;
        setVisible(!choice.isBuiltIn());
        name.setValue(choice.name());
        name.setInvalid(false);
        refusal.clear();
    }

    private void rename() {
        try {
            datasets.rename(visitor, shown.storedId(), name.getValue());
            renamed.accept(shown.key());
        } catch (IllegalArgumentException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete " + shown.name() + "?");
        dialog.setText("The file and its statistics leave the library. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete());
        dialog.open();
    }

    private void delete() {
        try {
            datasets.delete(visitor, shown.storedId());
            deleted.run();
        } catch (IllegalStateException e) {
            refusal.error(shown.name() + " was not deleted.", e.getMessage());
        }
    }
}
