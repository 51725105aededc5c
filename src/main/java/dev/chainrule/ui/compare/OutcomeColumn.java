package dev.chainrule.ui.compare;

import dev.chainrule.compare.Outcome;
import dev.chainrule.compare.Stat;
import java.util.List;
import java.util.function.Function;

/**
 * One numeric column of the outcome table: its header, the {@link Outcome#COLUMNS} number it shows, how that number is
 * written and which way is better. Kept apart from {@link OutcomeTable}, which sorts and draws the rows, so that what a
 * cell says (a run's value with the epoch of its best, a group's mean ± sd) and which value is marked best read in one place.
 */
record OutcomeColumn(String header, String number, String epochOf, Better better, Function<Double, String> format) {
    enum Better { LOWER, HIGHER, NEITHER }

    static final List<OutcomeColumn> ALL = List.of(
            new OutcomeColumn("Final val. loss", "final validation loss", null, Better.LOWER, OutcomeColumn::loss),
            new OutcomeColumn("Best val. loss", "best validation loss", "epoch of best validation loss", Better.LOWER,
                    OutcomeColumn::loss),
            new OutcomeColumn("Final val. accuracy", "final validation accuracy", null, Better.HIGHER, OutcomeColumn::percent),
            new OutcomeColumn("Best val. accuracy", "best validation accuracy", "epoch of best validation accuracy", Better.HIGHER,
                    OutcomeColumn::percent),
            new OutcomeColumn("Epochs", "epochs", null, Better.NEITHER, v -> String.format("%,.0f", v)),
            new OutcomeColumn("Time", "seconds", null, Better.LOWER, v -> String.format("%.1f s", v)),
            new OutcomeColumn("Epochs/s", "epochs per second", null, Better.HIGHER, v -> String.format("%,.0f", v)));

    static OutcomeColumn byHeader(String header) {
        return ALL.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }

    /** The row's number as written in this column: a group's with its sd and count, a run's best with its epoch. */
    String text(OutcomeTable.Row row, boolean grouped) {
        Double value = row.numbers().get(number);
        if (value == null) {
            return "—";
        }
        String text = format.apply(value);
        if (grouped) {
            Stat stat = row.stats().get(number);
            return text + (Double.isNaN(stat.sd()) ? "" : " ± " + format.apply(stat.sd()).replace(" s", ""))
                    + " (n=" + stat.n() + ")";
        }
        Double epoch = epochOf == null ? null : row.numbers().get(epochOf);
        return epoch == null ? text : text + " (epoch " + String.format("%,.0f", epoch) + ")";
    }

    /** The best finite value among the rows, or null when there is none to mark (one row, or no better way). */
    Double best(List<OutcomeTable.Row> rows) {
        if (better == Better.NEITHER || rows.size() < 2) {
            return null;
        }
        return rows.stream().map(r -> r.numbers().get(number)).filter(v -> v != null && Double.isFinite(v))
                .reduce((a, b) -> better == Better.LOWER ? Math.min(a, b) : Math.max(a, b)).orElse(null);
    }

    boolean isBest(OutcomeTable.Row row, Double best) {
        Double value = row.numbers().get(number);
        return best != null && value != null && value.doubleValue() == best.doubleValue();
    }

    private static String loss(double v) {
        return String.format("%.4g", v);
    }

    private static String percent(double v) {
        return String.format("%.1f %%", 100 * v);
    }
}
