package dev.chainrule.compare;

import dev.chainrule.run.EpochSummary;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run ended (or stands, while it trains), from its stored epochs ({@link ComparedRun#summary()}). "Final" is the last epoch's value,
 * absent when that epoch has none (a diverged run's last loss is not a number); "best" is the lowest loss
 * or highest accuracy of any epoch, with the first epoch that reached it. Absent numbers are null.
 *
 * @param epochs         epochs trained
 * @param seconds        wall time of those epochs
 * @param epochsPerSecond NaN before an epoch took measurable time
 * @param statusText     the status, and the run's message when it has one ("Failed: …")
 */
public record Outcome(Double finalValidationLoss, Double bestValidationLoss, Integer bestValidationLossEpoch,
        Double finalValidationAccuracy, Double bestValidationAccuracy, Integer bestValidationAccuracyEpoch,
        int epochs, double seconds, double epochsPerSecond, RunStatus status, String statusText) {
    /** The names of its numbers, as an outcome table's columns and {@link Groups#outcomeStats} name them. */
    public static final List<String> COLUMNS = List.of("final validation loss", "best validation loss",
            "epoch of best validation loss", "final validation accuracy", "best validation accuracy",
            "epoch of best validation accuracy", "epochs", "seconds", "epochs per second");

    public static Outcome of(ComparedRun compared) {
        EpochSummary s = compared.summary();
        double seconds = s.elapsedMs() / 1000.0;
        Run run = compared.details().run();
        return new Outcome(s.finalValidationLoss(), s.bestValidationLoss(), s.bestValidationLossEpoch(),
                s.finalValidationAccuracy(), s.bestValidationAccuracy(), s.bestValidationAccuracyEpoch(),
                s.epochs(), seconds, seconds > 0 ? s.epochs() / seconds : Double.NaN, run.getStatus(),
                run.getStatus().label() + (run.getMessage() == null ? "" : ": " + run.getMessage()));
    }

    /** Its numbers by {@link #COLUMNS} name, in that order; null where absent. */
    public Map<String, Double> numbers() {
        Double[] values = {finalValidationLoss, bestValidationLoss, number(bestValidationLossEpoch),
                finalValidationAccuracy, bestValidationAccuracy, number(bestValidationAccuracyEpoch),
                (double) epochs, seconds, Double.isNaN(epochsPerSecond) ? null : epochsPerSecond};
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            numbers.put(COLUMNS.get(i), values[i]);
        }
        return numbers;
    }

    private static Double number(Integer epoch) {
        return epoch == null ? null : epoch.doubleValue();
    }
}
