package dev.chainrule.ui.datasets;

import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetChoice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One dataset as the library lists it.
 *
 * @param details the description of a built-in dataset; file, size and date of an upload
 */
record LibraryEntry(DatasetChoice choice, String details) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    static LibraryEntry builtIn(DatasetChoice choice) {
        return new LibraryEntry(choice, choice.description());
    }

    static LibraryEntry upload(DatasetChoice choice, Dataset stored) {
        return new LibraryEntry(choice, String.format("%s · %,d rows × %d columns · %s", stored.getSourceFileName(),
                stored.getRowCount(), stored.getColumnCount(), WHEN.format(stored.getCreatedAt())));
    }

    String key() {
        return choice.key();
    }

    String name() {
        return choice.name();
    }
}
