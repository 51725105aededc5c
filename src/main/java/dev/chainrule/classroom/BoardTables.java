package dev.chainrule.classroom;

import dev.chainrule.run.RunStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the class board, portable between H2 and PostgreSQL. It reads what every server writes (status,
 * epochs done, the stored epochs), never a server's live runs, so the board is the same from every instance. No
 * access checks here: {@link BoardService} decides who sees what.
 */
@Component
class BoardTables {
    /** A run of an assignment as stored; what never changes (its plan, its size) is added by {@link BoardRunFacts}. */
    record StoredRun(long runId, long accountId, String studentName, String title, RunStatus status, int epochsDone,
            Double best, Instant startedAt, boolean demonstration) {

        BoardRun with(BoardRunFacts.Facts facts) {
            return new BoardRun(runId, accountId, studentName, title, status, epochsDone, facts.epochsPlanned(), best,
                    facts.parameters(), startedAt, demonstration);
        }
    }

    /**
     * The run's maker is still in the assignment's class: a student removed from the class (or who left) takes their
     * runs off its board and out of the teacher's reach; they come back if the student joins again.
     */
    private static final String STILL_A_STUDENT = "EXISTS (SELECT 1 FROM assignment sa JOIN class_member cm"
            + " ON cm.class_id = sa.class_id WHERE sa.id = ar.assignment_id AND cm.account_id = ar.account_id)";

    private final JdbcTemplate jdbc;

    BoardTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The assignment's runs, newest first, each with its best value of the metric: the first entry of V8's index on
     * (run_id, validation_loss) or (run_id, validation_accuracy DESC), not a scan of its epochs.
     *
     */
    List<StoredRun> runs(long assignmentId, AssignmentMetric metric) {
        // the column and the aggregate are this method's constants, never input
        String best = metric.lowerIsBetter() ? "MIN(m.validation_loss)" : "MAX(m.validation_accuracy)";
        String sql = "SELECT ar.run_id, ar.account_id, a.name, r.title, r.status, r.epochs_done, r.created_at,"
                + " ar.demonstration, (SELECT " + best + " FROM epoch_metric m WHERE m.run_id = ar.run_id) AS best"
                + " FROM assignment_run ar JOIN run r ON r.id = ar.run_id JOIN account a ON a.id = ar.account_id"
                + " WHERE ar.assignment_id = ? AND (ar.demonstration OR " + STILL_A_STUDENT + ")"
                + " ORDER BY r.created_at DESC, ar.run_id DESC";
        return jdbc.query(sql, (rs, i) -> {
            double value = rs.getDouble("best");
            return new StoredRun(rs.getLong("run_id"), rs.getLong("account_id"), rs.getString("name"), rs.getString("title"),
                    RunStatus.fromId(rs.getString("status")), rs.getInt("epochs_done"), rs.wasNull() ? null : value,
                    rs.getTimestamp("created_at").toInstant(), rs.getBoolean("demonstration"));
        }, assignmentId);
    }

    /** The display names of the class's students who have made no run for the assignment, by name. */
    List<String> studentsWithoutRuns(long assignmentId) {
        return jdbc.queryForList("SELECT a.name FROM assignment s JOIN class_member cm ON cm.class_id = s.class_id"
                + " JOIN account a ON a.id = cm.account_id WHERE s.id = ? AND NOT EXISTS (SELECT 1 FROM assignment_run ar"
                + " WHERE ar.assignment_id = s.id AND ar.account_id = cm.account_id) ORDER BY a.name_key", String.class,
                assignmentId);
    }

    void setLeaderboardVisible(long assignmentId, boolean visible) {
        jdbc.update("UPDATE assignment SET leaderboard_visible = ? WHERE id = ?", visible, assignmentId);
    }

    /** Whether this person teaches the class of an assignment this run was made for by one of its students. */
    boolean teachesAssignmentOf(long teacherId, long runId) {
        Integer links = jdbc.queryForObject("SELECT COUNT(*) FROM assignment_run ar"
                + " JOIN assignment s ON s.id = ar.assignment_id JOIN school_class c ON c.id = s.class_id"
                + " WHERE ar.run_id = ? AND c.teacher_id = ? AND " + STILL_A_STUDENT, Integer.class, runId, teacherId);
        return links != null && links > 0;
    }

    /** A run's experiment and owner, for what never changes about it. */
    record RunSpec(String specJson, Long ownerId) {
    }

    RunSpec spec(long runId) {
        return jdbc.query("SELECT spec, owner_id FROM run WHERE id = ?", rs -> rs.next()
                ? new RunSpec(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2)) : null, runId);
    }
}
