package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The library as a list of cards: the built-in datasets first, then the uploads, newest first. */
class DatasetLibrary extends VerticalLayout {
    private final Map<String, Div> cards = new LinkedHashMap<>();
    private final Map<String, LibraryEntry> entries = new LinkedHashMap<>();
    private SerializableConsumer<LibraryEntry> selected = entry -> { };
    private String selectedKey;

    DatasetLibrary() {
        setPadding(false);
        setSpacing(false);
        addClassName("dataset-library");
    }

    void onSelect(SerializableConsumer<LibraryEntry> listener) {
        this.selected = listener;
    }

    void show(List<LibraryEntry> all) {
        removeAll();
        cards.clear();
        entries.clear();
        add(new H3("Built-in"));
        all.stream().filter(e -> e.choice().isBuiltIn()).forEach(this::addCard);
        add(new H3("Your uploads"));
        List<LibraryEntry> uploads = all.stream().filter(e -> !e.choice().isBuiltIn()).toList();
        if (uploads.isEmpty()) {
            Paragraph none = new Paragraph("Nothing uploaded yet. A CSV file with one row per example and a "
                    + "header row works best; the last column is taken as the target.");
            none.addClassName("hint");
            add(none);
        }
        uploads.forEach(this::addCard);
        highlight();
    }

    /** Selects a dataset as if it was clicked; false when the library has no such dataset. */
    boolean select(String key) {
        LibraryEntry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        selectedKey = key;
        highlight();
        selected.accept(entry);
        return true;
    }

    /** Scrolls the list so the dataset's card is in sight (a new upload is listed below the built-ins). */
    void reveal(String key) {
        Div card = cards.get(key);
        if (card != null) {
            card.scrollIntoView();
        }
    }

    private void addCard(LibraryEntry entry) {
        Span name = new Span(entry.name());
        name.addClassName("dataset-name");
        Span details = new Span(entry.details());
        details.addClassName("dataset-details");
        Div card = new Div(name, details);
        card.addClassNames("dataset-card", entry.choice().isBuiltIn() ? "built-in" : "upload");
        card.getElement().setAttribute("role", "button").setAttribute("tabindex", "0")
                .setAttribute("title", entry.name()); // the whole name, when the card shortens it
        card.addClickListener(e -> select(entry.key()));
        Shortcuts.addShortcutListener(card, () -> select(entry.key()), Key.ENTER).listenOn(card);
        cards.put(entry.key(), card);
        entries.put(entry.key(), entry);
        add(card);
    }

    private void highlight() {
        cards.forEach((key, card) -> {
            boolean on = key.equals(selectedKey);
            card.setClassName("selected", on);
            card.getElement().setAttribute("aria-current", on ? "true" : "false");
        });
    }
}
