package dev.chainrule.compare;

import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * A comparison as one CSV in long format, the shape plotting libraries group and facet by:
 * {@code run,title,epoch,metric,value}, a line per run, stored epoch and number present (an absent value
 * has no line). Metrics: {@code training_loss}, {@code validation_loss}, {@code training_accuracy},
 * {@code validation_accuracy}, {@code gradient_norm_layer_N} (N from 1, as the history CSV counts) and
 * {@code seconds}, the epoch's own wall time. Every epoch is written, not only those a chart draws.
 *
 * <p>Titles are typed by people, possibly to attack whoever opens the file: a cell a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, and a
 * cell with a comma, quote or line break is quoted (RFC 4180).
 */
public final class ComparisonCsv {
    public static final String HEADER = "run,title,epoch,metric,value";

    private ComparisonCsv() {
    }

    /**
     * Writes the runs' every stored epoch, reading one run's history at a time (fifty long runs are some hundred
     * megabytes of CSV: the caller streams {@code out} to the browser). A run deleted meanwhile is left out.
     *
     * @param fullHistory a run's every stored epoch, in order; throws {@link RunNotFoundException} for a deleted run
     * @throws UncheckedIOException when the writer fails
     */
    public static void write(List<ComparedRun> runs, Function<ComparedRun, List<EpochRecord>> fullHistory, Writer out) {
        try {
            out.write(HEADER + "\n");
            for (ComparedRun run : runs) {
                List<EpochRecord> history;
                try {
                    history = fullHistory.apply(run);
                } catch (RunNotFoundException e) {
                    continue;
                }
                String prefix = cell(run.key()) + "," + cell(run.title()) + ",";
                double[] seconds = EpochRecord.epochSeconds(history);
                for (int i = 0; i < seconds.length; i++) {
                    EpochRecord r = history.get(i);
                    String line = prefix + r.epoch() + ",";
                    value(out, line, "training_loss", r.trainLoss());
                    value(out, line, "validation_loss", r.validationLoss());
                    value(out, line, "training_accuracy", r.trainAccuracy());
                    value(out, line, "validation_accuracy", r.validationAccuracy());
                    for (int k = 0; k < r.gradientNorms().length; k++) {
                        value(out, line, "gradient_norm_layer_" + (k + 1), r.gradientNorms()[k]);
                    }
                    value(out, line, "seconds", seconds[i]);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(Writer out, String line, String metric, Double value) throws IOException {
        if (value != null && Double.isFinite(value)) {
            out.write(line + metric + "," + value.doubleValue() + "\n");
        }
    }

    /** A text cell that a spreadsheet shows as text and a CSV reader reads back whole. */
    static String cell(String text) {
        String guarded = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return guarded.matches("(?s).*[,\"\r\n].*") ? "\"" + guarded.replace("\"", "\"\"") + "\"" : guarded;
    }
}
