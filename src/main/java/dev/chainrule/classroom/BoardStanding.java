package dev.chainrule.classroom;

import dev.chainrule.classroom.BoardTables.StoredRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of an assignment's leaderboard: a student's best run.
 *
 * @param runId null where the person looking may not open it (another student's run: a student sees names and
 *              numbers only)
 * @param mine  whether it is the run of the person looking
 */
public record BoardStanding(int rank, String studentName, double best, Long runId, boolean mine) {

    /**
     * The leaderboard of these runs: each student's best run by the metric (lower loss, higher accuracy), ranked;
     * equal values go to the earlier run, which got there first. A demonstration and a run without a validation
     * value yet are not ranked, so a student with no other run has no line.
     *
     * @param viewer the account looking, whose own line is marked; when {@code openAll} is false only their own
     *               line keeps its run
     */
    static List<BoardStanding> rank(List<StoredRun> runs, AssignmentMetric metric, long viewer, boolean openAll) {
        Comparator<StoredRun> byValue = Comparator.comparingDouble(StoredRun::best);
        Comparator<StoredRun> better = (metric.lowerIsBetter() ? byValue : byValue.reversed())
                .thenComparing(StoredRun::startedAt).thenComparingLong(StoredRun::runId);
        Map<Long, StoredRun> bestOf = new LinkedHashMap<>();
        for (StoredRun run : runs) {
            if (!run.demonstration() && run.best() != null) {
                bestOf.merge(run.accountId(), run, (a, b) -> better.compare(a, b) <= 0 ? a : b);
            }
        }
        List<StoredRun> ordered = bestOf.values().stream().sorted(better).toList();
        List<BoardStanding> standings = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            StoredRun run = ordered.get(i);
            boolean mine = run.accountId() == viewer;
            standings.add(new BoardStanding(i + 1, run.studentName(), run.best(), openAll || mine ? run.runId() : null, mine));
        }
        return standings;
    }
}
