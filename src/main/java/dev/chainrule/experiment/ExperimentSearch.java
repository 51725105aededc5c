package dev.chainrule.experiment;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** How an {@link ExperimentQuery} picks and orders rows; pure functions, so the rules read in one place. */
final class ExperimentSearch {
    private ExperimentSearch() {
    }

    static boolean matches(ExperimentRow row, ExperimentQuery query) {
        String text = query.titleContains() == null ? "" : query.titleContains().strip().toLowerCase(Locale.ROOT);
        return row.experiment().getTitle().toLowerCase(Locale.ROOT).contains(text)
                && (query.datasetKey() == null || query.datasetKey().equals(row.datasetKey()))
                && (query.status() == null || query.status() == row.experiment().getStatus());
    }

    static Comparator<ExperimentRow> order(ExperimentQuery query) {
        Comparator<ExperimentRow> newestFirst = Comparator
                .comparing((ExperimentRow r) -> r.experiment().getCreatedAt())
                .thenComparing(r -> r.experiment().getId()).reversed();
        if (query.order() == ExperimentQuery.Order.STARTED) {
            return query.descending() ? newestFirst : newestFirst.reversed();
        }
        // Runs without a validation loss (none held out, or no epoch done) cannot be ranked: last either way.
        return nullsLast(ExperimentRow::finalValidationLoss, query.descending()).thenComparing(newestFirst);
    }

    private static Comparator<ExperimentRow> nullsLast(Function<ExperimentRow, Double> value, boolean descending) {
        Comparator<Double> numbers = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(numbers));
    }
}
