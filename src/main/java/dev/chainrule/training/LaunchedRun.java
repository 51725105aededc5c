package dev.chainrule.training;

import dev.chainrule.data.prepare.PreparedData;

/**
 * A run just started on a library dataset, with the data it trains on, so that the page showing
 * it need not prepare the same data again.
 */
public record LaunchedRun(long id, PreparedData data) {
}
