package dev.chainrule.dataset;

/**
 * No dataset with this key, or one the visitor may not see: the same answer, so that nobody learns
 * what is in someone else's library.
 */
public class DatasetNotFoundException extends IllegalArgumentException {
    public DatasetNotFoundException(String key) {
        super("There is no dataset \u201c" + key + "\u201d. It may have been deleted.");
    }
}
