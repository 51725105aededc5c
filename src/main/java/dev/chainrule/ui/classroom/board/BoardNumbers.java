package dev.chainrule.ui.classroom.board;

import dev.chainrule.classroom.AssignmentMetric;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the board writes its numbers: the metric as a teacher reads it, times of day, sizes. */
final class BoardNumbers {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private BoardNumbers() {
    }

    /** "0.2143" for a loss, "87.5 %" for an accuracy; "–" before the first validation number. */
    static String metric(AssignmentMetric metric, Double value) {
        if (value == null) {
            return "\u2013";
        }
        return metric.lowerIsBetter() ? String.format(Locale.ROOT, "%.4f", value)
                : String.format(Locale.ROOT, "%.1f %%", 100 * value);
    }

    /** The column's heading: "Best val. loss" or "Best val. accuracy". */
    static String metricHeading(AssignmentMetric metric) {
        return metric.lowerIsBetter() ? "Best val. loss" : "Best val. accuracy";
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String count(Long n) {
        return n == null ? "?" : String.format(Locale.ROOT, "%,d", n);
    }
}
