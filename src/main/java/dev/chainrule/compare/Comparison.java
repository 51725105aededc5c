package dev.chainrule.compare;

import java.util.List;

/**
 * The runs a comparison shows, in the order asked for (the first is the reference the settings are
 * compared against), and the keys of those asked for that are not there or not the visitor's to see.
 *
 * @param runsAsked how many runs were asked for: their curves were loaded thinned to {@link #pointsPerCurve()}
 *                  (the runs are read before it is known which are found), so the page draws them so
 */
public record Comparison(List<ComparedRun> runs, List<String> notFound, int runsAsked) {
    /** Runs one comparison may hold: more lines than that no one can tell apart on a chart. */
    public static final int MAX_RUNS = 50;

    public Comparison {
        runs = List.copyOf(runs);
        notFound = List.copyOf(notFound);
    }

    /** Asked for are those found and those not. */
    public Comparison(List<ComparedRun> runs, List<String> notFound) {
        this(runs, notFound, runs.size() + notFound.size());
    }

    /** About how many points each run's curves hold: {@link Curves#pointsPerCurve} of the runs asked for. */
    public int pointsPerCurve() {
        return Curves.pointsPerCurve(runsAsked);
    }

    /** @throws ComparisonRequestException for more than {@link #MAX_RUNS} runs */
    static void checkCount(int runs) {
        if (runs > MAX_RUNS) {
            throw new ComparisonRequestException("This comparison names " + runs + " runs; at most " + MAX_RUNS
                    + " can be compared at once. Choose fewer runs.");
        }
    }
}
