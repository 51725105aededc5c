package dev.chainrule.training;

import dev.chainrule.account.Visitor;
import dev.chainrule.training.pool.Share;
import java.util.Objects;

/**
 * How to start a run.
 *
 * @param epochsPerSecond 0 trains at full speed; a positive pace lets people watch a tiny network learn
 * @param starter         who starts it: the run is theirs, and counts against their limit of runs at once
 * @param datasetId       the stored dataset it trains on, or null for data inside the experiment
 * @param parentId        the run it was derived from ("Edit and run again", a fork), or null
 * @param group           whom it shares the server with, fairly: e.g. {@code class:12} for a class's runs; null
 *                        means the starter's own key, so everyone outside a class is a group of their own
 * @param priority        goes before every group for a place to train and for the CPU (a teacher's
 *                        demonstration the class waits to watch)
 */
public record StartOptions(int epochsPerSecond, Visitor starter, Long datasetId, Long parentId, String group,
        boolean priority) {

    public StartOptions {
        if (epochsPerSecond < 0) {
            throw new IllegalArgumentException("epochs per second must be 0 (full speed) or positive, was "
                    + epochsPerSecond);
        }
        Objects.requireNonNull(starter, "starter");
        if (group == null) {
            group = starter.key();
        }
        new Share(group, priority); // refuses a blank or overlong group here, where the caller sees it
    }

    /** A run in the starter's own group, without priority. */
    public StartOptions(int epochsPerSecond, Visitor starter, Long datasetId, Long parentId) {
        this(epochsPerSecond, starter, datasetId, parentId, null, false);
    }

    /** The same options, the run sharing with {@code group} (e.g. {@code class:12}). */
    public StartOptions inGroup(String group) {
        return new StartOptions(epochsPerSecond, starter, datasetId, parentId, group, priority);
    }

    /** The same options, with priority or without. */
    public StartOptions withPriority(boolean priority) {
        return new StartOptions(epochsPerSecond, starter, datasetId, parentId, group, priority);
    }

    /** The run's share, as the pool's queue and CPU turns take it. */
    Share share() {
        return new Share(group, priority);
    }
}
