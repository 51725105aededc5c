package dev.chainrule.experiment;

/**
 * What the Experiments page asks for: a title search, two filters and an order.
 *
 * @param titleContains part of the title, any case; blank or null = every title
 * @param datasetKey    "builtin:spirals", "upload:12" …; null = every dataset
 * @param status        null = every status
 */
public record ExperimentQuery(String titleContains, String datasetKey, ExperimentStatus status, Order order,
        boolean descending) {

    /** The sortable columns. */
    public enum Order { STARTED, FINAL_VALIDATION_LOSS }

    /** Everything, newest first: what the page shows before anyone types or picks. */
    public static ExperimentQuery all() {
        return new ExperimentQuery(null, null, null, Order.STARTED, true);
    }

    public ExperimentQuery withTitle(String text) {
        return new ExperimentQuery(text, datasetKey, status, order, descending);
    }

    public ExperimentQuery withDataset(String key) {
        return new ExperimentQuery(titleContains, key, status, order, descending);
    }

    public ExperimentQuery withStatus(ExperimentStatus s) {
        return new ExperimentQuery(titleContains, datasetKey, s, order, descending);
    }

    public ExperimentQuery sortedBy(Order o, boolean desc) {
        return new ExperimentQuery(titleContains, datasetKey, status, o, desc);
    }
}
