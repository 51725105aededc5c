package dev.chainrule.classroom;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * The SQL of assignments and the runs made for them, portable between H2 and PostgreSQL. No access checks
 * here: {@link AssignmentService} decides who may; this class only reads and writes rows.
 */
@Component
class AssignmentTables {
    /** An assignment's row with its class's name and teacher. */
    record AssignmentRow(long id, long classId, String className, long teacherId, String title, String instructions,
            String experimentJson, String locks, Long parameterBudget, String metric, boolean leaderboardVisible,
            Instant createdAt) {
    }

    /** The columns an assignment is published or edited with. */
    record Content(String title, String instructions, String experimentJson, String locks, Long parameterBudget,
            String metric) {
    }

    private static final String COLUMNS = "SELECT s.id, s.class_id, c.name AS class_name, c.teacher_id, s.title,"
            + " s.instructions, s.experiment, s.locks, s.parameter_budget, s.metric, s.leaderboard_visible, s.created_at"
            + " FROM assignment s JOIN school_class c ON c.id = s.class_id ";
    private static final RowMapper<AssignmentRow> ROW = (rs, i) -> new AssignmentRow(rs.getLong("id"),
            rs.getLong("class_id"), rs.getString("class_name"), rs.getLong("teacher_id"), rs.getString("title"),
            rs.getString("instructions"), rs.getString("experiment"), rs.getString("locks"),
            rs.getObject("parameter_budget") == null ? null : rs.getLong("parameter_budget"), rs.getString("metric"),
            rs.getBoolean("leaderboard_visible"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;

    AssignmentTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // named columns, no table metadata: PostgreSQL's driver would look for it in the default schema only
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("assignment").usingGeneratedKeyColumns("id")
                .usingColumns("class_id", "title", "instructions", "experiment", "locks", "parameter_budget", "metric",
                        "created_at")
                .withoutTableColumnMetaDataAccess();
    }

    long insert(long classId, Content content, Instant now) {
        Map<String, Object> row = new HashMap<>(); // HashMap: the budget may be null
        row.put("class_id", classId);
        row.put("title", content.title());
        row.put("instructions", content.instructions());
        row.put("experiment", content.experimentJson());
        row.put("locks", content.locks());
        row.put("parameter_budget", content.parameterBudget());
        row.put("metric", content.metric());
        row.put("created_at", Timestamp.from(now));
        return insert.executeAndReturnKey(row).longValue();
    }

    void update(long id, Content content) {
        jdbc.update("UPDATE assignment SET title = ?, instructions = ?, experiment = ?, locks = ?, parameter_budget = ?,"
                + " metric = ? WHERE id = ?", content.title(), content.instructions(), content.experimentJson(),
                content.locks(), content.parameterBudget(), content.metric(), id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM assignment WHERE id = ?", id);
    }

    Optional<AssignmentRow> find(long id) {
        return jdbc.query(COLUMNS + "WHERE s.id = ?", ROW, id).stream().findFirst();
    }

    /** A class's assignments, newest first: the one just set is the one a class works on. */
    List<AssignmentRow> ofClass(long classId) {
        return jdbc.query(COLUMNS + "WHERE s.class_id = ? ORDER BY s.created_at DESC, s.id DESC", ROW, classId);
    }

    void insertRun(long runId, long assignmentId, long accountId, boolean demonstration, Instant now) {
        jdbc.update("INSERT INTO assignment_run (run_id, assignment_id, account_id, demonstration, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", runId, assignmentId, accountId, demonstration, Timestamp.from(now));
    }

    /** The runs this person made for the assignment, newest first. */
    List<Long> runsOf(long assignmentId, long accountId) {
        return jdbc.queryForList("SELECT run_id FROM assignment_run WHERE assignment_id = ? AND account_id = ?"
                + " ORDER BY created_at DESC, run_id DESC", Long.class, assignmentId, accountId);
    }
}
