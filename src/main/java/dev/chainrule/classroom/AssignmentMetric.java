package dev.chainrule.classroom;

import java.util.Arrays;

/** What counts in an assignment, always measured on the held-out (validation) rows, which students cannot change. */
public enum AssignmentMetric {
    VALIDATION_LOSS("validation-loss", "Validation loss (lower is better)"),
    VALIDATION_ACCURACY("validation-accuracy", "Validation accuracy (higher is better)");

    private final String id;
    private final String label;

    AssignmentMetric(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As the database stores it: "validation-loss". */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether a lower value is a better run, for a leaderboard. */
    public boolean lowerIsBetter() {
        return this == VALIDATION_LOSS;
    }

    static AssignmentMetric byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown assignment metric in the database: " + id));
    }
}
