package dev.chainrule.run;

/**
 * What the Runs page asks for: a title search, two filters and an order.
 *
 * @param titleContains part of the title, any case; blank or null = every title
 * @param datasetKey    "builtin:spirals", "upload:12" …; null = every dataset
 * @param status        null = every status
 */
public record RunQuery(String titleContains, String datasetKey, RunStatus status, Order order,
        boolean descending) {

    /** The sortable columns. */
    public enum Order { STARTED, FINAL_VALIDATION_LOSS }

    /** Everything, newest first: what the page shows before anyone types or picks. */
    public static RunQuery all() {
        return new RunQuery(null, null, null, Order.STARTED, true);
    }

    public RunQuery withTitle(String text) {
        return new RunQuery(text, datasetKey, status, order, descending);
    }

    public RunQuery withDataset(String key) {
        return new RunQuery(titleContains, key, status, order, descending);
    }

    public RunQuery withStatus(RunStatus s) {
        return new RunQuery(titleContains, datasetKey, s, order, descending);
    }

    public RunQuery sortedBy(Order o, boolean desc) {
        return new RunQuery(titleContains, datasetKey, status, o, desc);
    }
}
