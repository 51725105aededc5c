package dev.chainrule.run;

import com.fasterxml.jackson.core.io.NumberOutput;
import dev.chainrule.engine.Finite;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Append-only per-epoch history of runs, written in batches while a run trains. */
@Component
class EpochHistory {
    /**
     * The stride from which {@link #loadEvery} looks epochs up by key: a lookup costs about ten rows read in order
     * (H2, measured on 10,000-epoch runs).
     */
    static final int LOOKUP_STRIDE = 10;
    /** Keys looked up in one statement at most (a chart draws about a thousand); a longer list is filtered instead. */
    static final int MAX_LOOKUPS = 5_000;
    /**
     * Rows one INSERT statement writes while a run trains (a few hundred epochs every quarter of a second): the
     * database then starts a statement once per this many rows instead of once per row (H2 in memory, measured with
     * {@link #formatNorms}: 9.3 µs of CPU per stored epoch before, 5.8 after; on PostgreSQL a statement is also a
     * message to its server). 50 rows are 450 parameters, far below any database's limit.
     */
    static final int ROWS_PER_INSERT = 50;
    private static final int COLUMNS = 9;
    private final JdbcTemplate jdbc;

    EpochHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends to the run's history only (no curve rows: then {@link #loadEvery} reads the history). */
    void append(long runId, List<EpochRecord> records) {
        insert("epoch_metric", runId, records);
    }

    /**
     * Appends to the run's history, and the epochs its curve keeps ({@link CurveRows#keeps} at {@code curveStride})
     * to its curve as well.
     */
    void append(long runId, List<EpochRecord> records, int curveStride) {
        insert("epoch_metric", runId, records);
        insert("epoch_curve", runId, records.stream().filter(r -> CurveRows.keeps(r.epoch(), curveStride)).toList());
    }

    // table is one of this class's two names, never input. Full groups of ROWS_PER_INSERT rows go as one statement
    // each (in one JDBC batch), the rest (fewer) one row a statement: two statements per table, each prepared once.
    private void insert(String table, long runId, List<EpochRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        int grouped = records.size() - records.size() % ROWS_PER_INSERT;
        List<List<EpochRecord>> groups = new ArrayList<>(grouped / ROWS_PER_INSERT);
        for (int from = 0; from < grouped; from += ROWS_PER_INSERT) {
            groups.add(records.subList(from, from + ROWS_PER_INSERT));
        }
        if (!groups.isEmpty()) {
            jdbc.batchUpdate(insertSql(table, ROWS_PER_INSERT), groups, groups.size(), (ps, group) -> {
                for (int i = 0; i < group.size(); i++) {
                    setRow(ps, i * COLUMNS, runId, group.get(i));
                }
            });
        }
        List<EpochRecord> rest = records.subList(grouped, records.size());
        if (!rest.isEmpty()) {
            jdbc.batchUpdate(insertSql(table, 1), rest, rest.size(), (ps, r) -> setRow(ps, 0, runId, r));
        }
    }

    // INSERT INTO table (the columns) VALUES (?, …), … for this many rows
    private static String insertSql(String table, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";
        return "INSERT INTO " + table + " (run_id, epoch, train_loss, validation_loss, train_accuracy, validation_accuracy, "
                + "sample_prediction, gradient_norms, elapsed_ms) VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    // one row's COLUMNS parameters, after the first `before`
    private static void setRow(PreparedStatement ps, int before, long runId, EpochRecord r) throws SQLException {
        ps.setLong(before + 1, runId);
        ps.setInt(before + 2, r.epoch());
        setDouble(ps, before + 3, r.trainLoss());
        setDouble(ps, before + 4, r.validationLoss());
        setDouble(ps, before + 5, r.trainAccuracy());
        setDouble(ps, before + 6, r.validationAccuracy());
        setDouble(ps, before + 7, r.samplePrediction());
        ps.setString(before + 8, formatNorms(r.gradientNorms()));
        ps.setLong(before + 9, r.elapsedMs());
    }

    List<EpochRecord> load(long runId) {
        return jdbc.query("SELECT " + columns("") + " FROM epoch_metric WHERE run_id = ? ORDER BY epoch",
                (rs, n) -> read(rs), runId);
    }

    /** The run's epochs after {@code epoch}, in order, at most {@code limit} (the primary key's order: no sort). */
    List<EpochRecord> loadAfter(long runId, int epoch, int limit) {
        return jdbc.query("SELECT " + columns("") + " FROM epoch_metric WHERE run_id = ? AND epoch > ? "
                + "ORDER BY run_id, epoch FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", (rs, n) -> read(rs), runId,
                epoch);
    }

    /**
     * The run's epochs 1, 1 + stride, 1 + 2·stride, … and its last stored one, in order: what a curve thinned to
     * that stride draws, the other rows left out by the database. Every {@value #LOOKUP_STRIDE}th epoch or sparser
     * (a long run on a chart) is looked up by its key, so the other rows are not even read; a denser sample is
     * filtered from the run's rows, which costs less than looking up most of them one by one.
     *
     * @param stride 1 or more
     */
    List<EpochRecord> loadEvery(long runId, int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("A stride is 1 or more, not " + stride + ".");
        }
        Integer last = lastEpoch(runId);
        if (last == null) {
            return List.of();
        }
        return fromHistory(runId, stride, last);
    }

    /**
     * Like {@link #loadEvery(long, int)}, read from the run's curve rows when {@code stride} is a multiple of the
     * stride they were kept at ({@code curveStride}): a few hundred rows clustered together instead of lookups all
     * over the run's history. A run stored without curve rows (before they existed) is read from its history.
     */
    List<EpochRecord> loadEvery(long runId, int stride, int curveStride) {
        if (stride < 1 || curveStride < 1) {
            throw new IllegalArgumentException("A stride is 1 or more, not " + Math.min(stride, curveStride) + ".");
        }
        Integer last = lastEpoch(runId);
        if (last == null) {
            return List.of();
        }
        if (stride % curveStride == 0) {
            List<EpochRecord> kept = new ArrayList<>(jdbc.query("SELECT " + columns("") + " FROM epoch_curve WHERE run_id = ? "
                    + "AND MOD(epoch - 1, CAST(? AS INT)) = 0 ORDER BY epoch", (rs, n) -> read(rs), runId, stride));
            if (!kept.isEmpty()) {
                if (kept.get(kept.size() - 1).epoch() != last) { // a curve ends where the run did
                    kept.addAll(jdbc.query("SELECT " + columns("") + " FROM epoch_metric WHERE run_id = ? AND epoch = ?",
                            (rs, n) -> read(rs), runId, last));
                }
                return kept;
            }
        }
        return fromHistory(runId, stride, last);
    }

    private List<EpochRecord> fromHistory(long runId, int stride, int last) {
        if (stride < LOOKUP_STRIDE || last / stride > MAX_LOOKUPS) {
            return jdbc.query("SELECT " + columns("") + " FROM epoch_metric WHERE run_id = ? "
                    + "AND (MOD(epoch - 1, CAST(? AS INT)) = 0 OR epoch = ?) ORDER BY epoch", (rs, n) -> read(rs),
                    runId, stride, last);
        }
        // The epochs as a table of numbers computed here (never input), joined to the rows by their key. LEFT JOIN
        // because it fixes the join order (H2 would otherwise walk the run's every row); IN (…) would too, since
        // H2 looks an IN list up only on an index's first column.
        StringJoiner epochs = new StringJoiner("), (", "(VALUES (", ")) AS e(epoch)");
        for (int e = 1; e < last; e += stride) {
            epochs.add(Integer.toString(e));
        }
        epochs.add(Integer.toString(last));
        return jdbc.query("SELECT " + columns("m.") + " FROM " + epochs + " LEFT JOIN epoch_metric m ON m.run_id = ? "
                + "AND m.epoch = e.epoch WHERE m.run_id IS NOT NULL ORDER BY e.epoch", (rs, n) -> read(rs), runId);
    }

    /**
     * {@link EpochSummary#of} the run's history, computed by the database from a few index entries: its last epoch,
     * and the first epoch of the lowest validation loss and of the highest validation accuracy (V8's indexes).
     */
    EpochSummary summary(long runId) {
        Integer last = lastEpoch(runId);
        if (last == null) {
            return EpochSummary.EMPTY;
        }
        // no row when the run was deleted since: then it has no epochs
        EpochSummary end = jdbc.query("SELECT epoch, elapsed_ms, validation_loss, validation_accuracy FROM epoch_metric "
                + "WHERE run_id = ? AND epoch = ?", rs -> !rs.next() ? EpochSummary.EMPTY : new EpochSummary(rs.getInt(1),
                        rs.getLong(2), getDouble(rs, 3), getDouble(rs, 4), null, null, null, null), runId, last);
        Best loss = best(runId, "validation_loss", "ASC");
        Best accuracy = best(runId, "validation_accuracy", "DESC");
        return new EpochSummary(end.epochs(), end.elapsedMs(), end.finalValidationLoss(), end.finalValidationAccuracy(),
                loss.value(), loss.epoch(), accuracy.value(), accuracy.epoch());
    }

    /**
     * The last stored epoch; null when there is none. The run's {@code epochs_done} is written with its epochs in one
     * transaction, so the search starts there and reads one index entry, not every epoch; the whole run is searched
     * only when that does not hold.
     */
    private Integer lastEpoch(long runId) {
        Integer last = jdbc.queryForObject("SELECT MAX(epoch) FROM epoch_metric WHERE run_id = ? "
                + "AND epoch >= (SELECT epochs_done FROM run WHERE id = ?)", Integer.class, runId, runId);
        return last != null ? last
                : jdbc.queryForObject("SELECT MAX(epoch) FROM epoch_metric WHERE run_id = ?", Integer.class, runId);
    }

    /** The best value of a column and the first epoch that has it; both null when no epoch has one. */
    private record Best(Double value, Integer epoch) {
    }

    // column and direction are this class's constants, never input; ORDER BY starts with run_id so that the
    // database reads the first entry of V8's index instead of sorting the run's rows
    private Best best(long runId, String column, String direction) {
        return jdbc.query("SELECT " + column + ", epoch FROM epoch_metric WHERE run_id = ? AND " + column + " IS NOT NULL "
                + "ORDER BY run_id, " + column + " " + direction + ", epoch FETCH FIRST 1 ROWS ONLY",
                rs -> rs.next() ? new Best(rs.getDouble(1), rs.getInt(2)) : new Best(null, null), runId);
    }

    /** What {@link #read} reads, in its order (by position: a column looked up by name costs more than the value). */
    private static String columns(String table) {
        return Stream.of("epoch", "train_loss", "validation_loss", "train_accuracy", "validation_accuracy",
                "sample_prediction", "gradient_norms", "elapsed_ms").map(c -> table + c).collect(Collectors.joining(", "));
    }

    private static EpochRecord read(ResultSet rs) throws SQLException {
        return new EpochRecord(rs.getInt(1), getDouble(rs, 2), getDouble(rs, 3), getDouble(rs, 4), getDouble(rs, 5),
                getDouble(rs, 6), parseNorms(rs.getString(7)), rs.getLong(8));
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        Double finite = Finite.orNull(value);
        if (finite == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, finite);
        }
    }

    private static Double getDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Norms are few (one per dense layer): a comma list is enough and stays portable SQL. Each number is the shortest
     * decimal that reads back as exactly that double (Jackson's port of the Schubfach algorithm that Java 19's
     * {@code Double.toString} uses): Java 17's own takes several times as long for most of them, on every stored epoch.
     */
    static String formatNorms(double[] norms) {
        StringBuilder text = new StringBuilder(24 * norms.length);
        for (int i = 0; i < norms.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(NumberOutput.toString(norms[i], true));
        }
        return text.toString();
    }

    private static double[] parseNorms(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
