package dev.chainrule.training;

import dev.chainrule.account.Visitor;
import java.util.Objects;

/**
 * How to start a run.
 *
 * @param epochsPerSecond 0 trains at full speed; a positive pace lets people watch a tiny network learn
 * @param starter         who starts it: the run is theirs, and counts against their limit of runs at once
 * @param datasetId       the stored dataset it trains on, or null for data inside the experiment
 * @param parentId        the run it was derived from ("Edit and run again", a fork), or null
 */
public record StartOptions(int epochsPerSecond, Visitor starter, Long datasetId, Long parentId) {

    public StartOptions {
        if (epochsPerSecond < 0) {
            throw new IllegalArgumentException("epochs per second must be 0 (full speed) or positive, was "
                    + epochsPerSecond);
        }
        Objects.requireNonNull(starter, "starter");
    }
}
