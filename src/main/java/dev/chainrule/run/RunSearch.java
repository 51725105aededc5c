package dev.chainrule.run;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** How an {@link RunQuery} picks and orders rows; pure functions, so the rules read in one place. */
final class RunSearch {
    private RunSearch() {
    }

    static boolean matches(RunRow row, RunQuery query) {
        String text = query.titleContains() == null ? "" : query.titleContains().strip().toLowerCase(Locale.ROOT);
        return row.run().getTitle().toLowerCase(Locale.ROOT).contains(text)
                && (query.datasetKey() == null || query.datasetKey().equals(row.datasetKey()))
                && (query.status() == null || query.status() == row.run().getStatus());
    }

    static Comparator<RunRow> order(RunQuery query) {
        Comparator<RunRow> newestFirst = Comparator
                .comparing((RunRow r) -> r.run().getCreatedAt())
                .thenComparing(r -> r.run().getId()).reversed();
        if (query.order() == RunQuery.Order.STARTED) {
            return query.descending() ? newestFirst : newestFirst.reversed();
        }
        // Runs without a validation loss (none held out, or no epoch done) cannot be ranked: last either way.
        return nullsLast(RunRow::finalValidationLoss, query.descending()).thenComparing(newestFirst);
    }

    private static Comparator<RunRow> nullsLast(Function<RunRow, Double> value, boolean descending) {
        Comparator<Double> numbers = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(numbers));
    }
}
