package dev.chainrule.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import java.util.Objects;

/** A run's notes: what its owner tried and saw. Saved on request; unsaved changes are marked. */
class NotesEditor extends VerticalLayout {
    private final RunService runs;
    private final long id;
    private final TextArea notes = new TextArea("Notes");
    private final Button save = new Button("Save notes", VaadinIcon.CHECK.create());
    private final Span state = new Span();
    private String saved;

    private final Visitor visitor;

    NotesEditor(RunService runs, Visitor visitor, long id, String current) {
        this.visitor = visitor;
        this.runs = runs;
        this.id = id;
        this.saved = current == null ? "" : current;
        setPadding(false);
        setSpacing(false);
        notes.setWidthFull();
        notes.setMinHeight("6em");
        notes.setPlaceholder("What did you try, and what did you see?");
        notes.setMaxLength(RunService.MAX_NOTES_LENGTH);
        notes.setValue(saved);
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.addValueChangeListener(e -> showState());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> save());
        state.addClassName("notes-state");
        HorizontalLayout actions = new HorizontalLayout(save, state);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(notes, actions);
        showState();
    }

    private void save() {
        try {
            runs.updateNotes(visitor, id, notes.getValue());
            saved = notes.getValue().strip();
            notes.setValue(saved);
            notes.setInvalid(false);
            showState();
            state.setText("Saved.");
        } catch (IllegalArgumentException | RunNotFoundException e) {
            notes.setErrorMessage(e.getMessage());
            notes.setInvalid(true);
        }
    }

    private void showState() {
        boolean changed = !Objects.equals(notes.getValue().strip(), saved);
        save.setEnabled(changed);
        state.setText(changed ? "Not saved yet." : "");
    }
}
