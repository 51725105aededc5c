package dev.chainrule.dataset;

/**
 * A dataset a person can pick: a built-in one (listed first) or an upload.
 *
 * @param key      "builtin:spirals" or "upload:12": stable, usable in links
 * @param storedId the upload's id, or null for a built-in dataset
 */
public record DatasetChoice(String key, String name, String description, Long storedId) {

    public boolean isBuiltIn() {
        return storedId == null;
    }
}
