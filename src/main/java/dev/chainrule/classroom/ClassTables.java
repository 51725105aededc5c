package dev.chainrule.classroom;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * The SQL of classes and their members, portable between H2 and PostgreSQL. No access checks here:
 * {@link ClassroomService} decides who may; this class only reads and writes rows.
 */
@Component
class ClassTables {
    /** A class's row with its teacher's name. */
    record ClassRow(long id, String name, long teacherId, String teacherName, String joinCode) {
    }

    private static final String CLASS_COLUMNS = "SELECT c.id, c.name, c.teacher_id, a.name AS teacher_name, c.join_code"
            + " FROM school_class c JOIN account a ON a.id = c.teacher_id ";
    private static final RowMapper<ClassRow> CLASS_ROW = (rs, i) -> new ClassRow(rs.getLong("id"), rs.getString("name"),
            rs.getLong("teacher_id"), rs.getString("teacher_name"), rs.getString("join_code"));

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insertClass;

    ClassTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // the columns are named, so the insert needs no table metadata (which PostgreSQL's driver looks up in the
        // default schema only, not in the schema the connection works in)
        this.insertClass = new SimpleJdbcInsert(jdbc).withTableName("school_class").usingGeneratedKeyColumns("id")
                .usingColumns("name", "teacher_id", "join_code", "created_at").withoutTableColumnMetaDataAccess();
    }

    long insertClass(String name, long teacherId, String joinCode, Instant now) {
        return insertClass.executeAndReturnKey(Map.of("name", name, "teacher_id", teacherId, "join_code", joinCode,
                "created_at", Timestamp.from(now))).longValue();
    }

    Optional<ClassRow> find(long classId) {
        return jdbc.query(CLASS_COLUMNS + "WHERE c.id = ?", CLASS_ROW, classId).stream().findFirst();
    }

    Optional<ClassRow> findByCode(String joinCode) {
        return jdbc.query(CLASS_COLUMNS + "WHERE c.join_code = ?", CLASS_ROW, joinCode).stream().findFirst();
    }

    /** Whether the account is a student of the class, and if so whether the account was made by joining it. */
    Optional<Boolean> membership(long classId, long accountId) {
        return jdbc.queryForList("SELECT account_made_here FROM class_member WHERE class_id = ? AND account_id = ?",
                Boolean.class, classId, accountId).stream().findFirst();
    }

    /** The classes the person teaches, then those they study in, each by name. */
    List<ClassListing> listings(long accountId) {
        String students = "(SELECT COUNT(*) FROM class_member s WHERE s.class_id = c.id) AS students";
        RowMapper<ClassListing> teaching = (rs, i) -> new ClassListing(rs.getLong("id"), rs.getString("name"),
                rs.getString("teacher_name"), ClassRole.TEACHER, rs.getInt("students"));
        RowMapper<ClassListing> studying = (rs, i) -> new ClassListing(rs.getLong("id"), rs.getString("name"),
                rs.getString("teacher_name"), ClassRole.STUDENT, rs.getInt("students"));
        String select = "SELECT c.id, c.name, a.name AS teacher_name, " + students
                + " FROM school_class c JOIN account a ON a.id = c.teacher_id ";
        List<ClassListing> mine = new ArrayList<>(jdbc.query(select
                + "WHERE c.teacher_id = ? ORDER BY c.name, c.id", teaching, accountId));
        mine.addAll(jdbc.query(select + "JOIN class_member m ON m.class_id = c.id WHERE m.account_id = ? ORDER BY c.name, c.id",
                studying, accountId));
        return mine;
    }

    /** The students' display names, in the order a person reads a list of names (without case). */
    List<String> studentNames(long classId) {
        return jdbc.queryForList("SELECT a.name FROM class_member m JOIN account a ON a.id = m.account_id"
                + " WHERE m.class_id = ? ORDER BY a.name_key", String.class, classId);
    }

    List<Student> roster(long classId) {
        return jdbc.query("SELECT a.id, a.name, m.joined_at, m.account_made_here FROM class_member m"
                + " JOIN account a ON a.id = m.account_id WHERE m.class_id = ? ORDER BY a.name_key",
                (rs, i) -> new Student(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("joined_at").toInstant(),
                        rs.getBoolean("account_made_here")), classId);
    }

    void addMember(long classId, long accountId, boolean accountMadeHere, Instant now) {
        jdbc.update("INSERT INTO class_member (class_id, account_id, joined_at, account_made_here) VALUES (?, ?, ?, ?)",
                classId, accountId, Timestamp.from(now), accountMadeHere);
    }

    int removeMember(long classId, long accountId) {
        return jdbc.update("DELETE FROM class_member WHERE class_id = ? AND account_id = ?", classId, accountId);
    }

    void forgetResets(long classId, long accountId) {
        jdbc.update("DELETE FROM password_reset WHERE class_id = ? AND account_id = ?", classId, accountId);
    }

    void setJoinCode(long classId, String joinCode) {
        jdbc.update("UPDATE school_class SET join_code = ? WHERE id = ?", joinCode, classId);
    }

    void rename(long classId, String name) {
        jdbc.update("UPDATE school_class SET name = ? WHERE id = ?", name, classId);
    }

    void delete(long classId) {
        jdbc.update("DELETE FROM school_class WHERE id = ?", classId);
    }
}
