package dev.chainrule.share;

import dev.chainrule.run.RunDetails;
import dev.chainrule.training.RecordedData;

/**
 * A run as its share link shows it.
 *
 * @param ownerName the display name of the person who shared it
 * @param data      the library data it trained on, prepared as it recorded, or why not; null for a run
 *                  whose data travels inside its experiment (the seed example)
 * @param dataset   the dataset's name and size; null when it is not in the library (any more)
 */
public record SharedRun(long runId, RunDetails details, String ownerName, RecordedData data, SharedDataset dataset) {

    /** The run's title as its owner last named it. */
    public String title() {
        return details.run().getTitle();
    }

    /**
     * A dataset's name and its size as stored (before any row is dropped or split off).
     *
     * @param rows    null when the importer now refuses the stored file
     * @param columns null likewise
     */
    public record SharedDataset(String name, Integer rows, Integer columns) {
    }
}
