package dev.chainrule.dataset;

import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
import java.util.Optional;

/**
 * A dataset a person can pick: a built-in one (listed first) or an upload; a generated built-in one
 * perhaps drawn again with its own noise and seed.
 *
 * @param key       "builtin:spirals" or "upload:12": stable, usable in links
 * @param storedId  the upload's id, or null for a built-in dataset
 * @param synthetic the noise and seed a generated built-in dataset is drawn with; null = its file as shipped
 */
public record DatasetChoice(String key, String name, String description, Long storedId, SyntheticSettings synthetic) {

    public DatasetChoice {
        if (synthetic != null && formula(key).isEmpty()) {
            throw new IllegalArgumentException(notSynthetic(key, name));
        }
    }

    /** The dataset as stored or shipped. */
    public DatasetChoice(String key, String name, String description, Long storedId) {
        this(key, name, description, storedId, null);
    }

    public boolean isBuiltIn() {
        return storedId == null;
    }

    /** The formula of a generated built-in dataset (its noise can be set); empty for any other. */
    public Optional<SyntheticDataset> formula() {
        return formula(key);
    }

    /**
     * The same dataset drawn with this noise and seed; null = its file as shipped.
     *
     * @throws IllegalArgumentException when it is not a generated built-in dataset, saying which are
     */
    public DatasetChoice withSynthetic(SyntheticSettings settings) {
        return new DatasetChoice(key, name, description, storedId, settings);
    }

    /** The key, and for a generated dataset drawn with its own settings those too: tells its rows from other drawings. */
    public String rowsKey() {
        return synthetic == null ? key : key + "#noise=" + synthetic.noise() + ",seed=" + synthetic.seed();
    }

    private static Optional<SyntheticDataset> formula(String key) {
        return key != null && key.startsWith("builtin:") ? SyntheticDataset.byId(key.substring("builtin:".length()))
                : Optional.empty();
    }

    private static String notSynthetic(String key, String name) {
        return "\"" + name + "\" is not drawn from a formula, so it has no noise or data seed to set; only the built-in "
                + SyntheticDataset.ids() + " have (\"" + key + "\" was given).";
    }
}
