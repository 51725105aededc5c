package dev.chainrule.dataset;

/** The uploaded file is already in the library (same bytes). */
public class DuplicateDatasetException extends RuntimeException {
    private final transient Dataset existing;

    DuplicateDatasetException(Dataset existing) {
        super("This file is already in the library as \"" + existing.getName() + "\".");
        this.existing = existing;
    }

    public Dataset existing() {
        return existing;
    }
}
