package dev.chainrule.run;

import dev.chainrule.engine.Finite;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Append-only per-epoch history of runs, written in batches while a run trains. */
@Component
class EpochHistory {
    private final JdbcTemplate jdbc;

    EpochHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(long runId, List<EpochRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO epoch_metric (run_id, epoch, train_loss, validation_loss, "
                + "train_accuracy, validation_accuracy, sample_prediction, gradient_norms, elapsed_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", records, 500, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, r.epoch());
                    setDouble(ps, 3, r.trainLoss());
                    setDouble(ps, 4, r.validationLoss());
                    setDouble(ps, 5, r.trainAccuracy());
                    setDouble(ps, 6, r.validationAccuracy());
                    setDouble(ps, 7, r.samplePrediction());
                    ps.setString(8, formatNorms(r.gradientNorms()));
                    ps.setLong(9, r.elapsedMs());
                });
    }

    List<EpochRecord> load(long runId) {
        return jdbc.query("SELECT * FROM epoch_metric WHERE run_id = ? ORDER BY epoch",
                (rs, n) -> read(rs), runId);
    }

    private static EpochRecord read(ResultSet rs) throws SQLException {
        return new EpochRecord(rs.getInt("epoch"), getDouble(rs, "train_loss"),
                getDouble(rs, "validation_loss"), getDouble(rs, "train_accuracy"),
                getDouble(rs, "validation_accuracy"), getDouble(rs, "sample_prediction"),
                parseNorms(rs.getString("gradient_norms")), rs.getLong("elapsed_ms"));
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, Double value) throws SQLException {
        Double finite = Finite.orNull(value);
        if (finite == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, finite);
        }
    }

    private static Double getDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    // Norms are few (one per dense layer): a comma list is enough and stays portable SQL.
    private static String formatNorms(double[] norms) {
        return Arrays.stream(norms).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] parseNorms(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
