package dev.chainrule.run;

import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * What an imported file must fit beyond its format (which {@link RunExportJson} checks): the columns it
 * is stored in and a network size this server ever makes, so that storing it cannot fail half-way and
 * its page cannot be made to draw thousands of layers. Messages name the field first, as the reader's do.
 */
final class ImportChecks {
    /**
     * Layers of an imported network. The Lab builds at most 8 hidden layers (with a dropout after each)
     * and an output layer: 17; this leaves room for files made by hand. It also keeps every epoch's
     * gradient norms (one per dense layer, at most 24 characters each) within their 4,000-character column.
     */
    static final int MAX_LAYERS = 64;
    /** The size of the column {@code run.spec} (migration V1). */
    static final int MAX_SPEC_LENGTH = 10_000_000;
    /** Times before this are not of a run; after now (and a day of clock difference) they are not yet. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration CLOCK_SLACK = Duration.ofDays(1);

    private ImportChecks() {
    }

    /** @param where the experiment's path in the file: "experiment." in a run, "" for a bare experiment */
    static void layers(ExperimentSpec spec, String where) {
        int layers = spec.layers().size();
        if (layers > MAX_LAYERS) {
            throw new ExperimentFormatException(where + "network.layers: " + layers + " layers; this server takes at most "
                    + MAX_LAYERS + " (the Lab builds networks of up to 17)");
        }
    }

    static void storable(RunExport run, String specJson) {
        if (run.message() != null && run.message().length() > RunStore.MAX_MESSAGE_LENGTH) {
            throw new ExperimentFormatException("result.message: at most " + RunStore.MAX_MESSAGE_LENGTH
                    + " characters, this one has " + run.message().length());
        }
        if (specJson.length() > MAX_SPEC_LENGTH) {
            throw new ExperimentFormatException(String.format("experiment: %,d characters as stored, over the %,d a run "
                    + "keeps; its initial weights or inline rows are too large", specJson.length(), MAX_SPEC_LENGTH));
        }
        Instant latest = Instant.now().plus(CLOCK_SLACK);
        time("createdAt", run.createdAt(), latest);
        time("finishedAt", run.finishedAt(), latest);
        if (run.createdAt() != null && run.finishedAt() != null && run.finishedAt().isBefore(run.createdAt())) {
            throw new ExperimentFormatException("finishedAt: " + run.finishedAt() + " is before createdAt "
                    + run.createdAt() + "; a run ends after it starts");
        }
    }

    private static void time(String field, Instant value, Instant latest) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(latest))) {
            throw new ExperimentFormatException(field + ": " + value + " is not a time a run can have; it must be "
                    + "between " + EARLIEST + " and now");
        }
    }
}
