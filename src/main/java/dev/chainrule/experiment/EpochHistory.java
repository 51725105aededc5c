package dev.chainrule.experiment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Append-only per-epoch history of experiments, written in batches while a run trains. */
@Component
class EpochHistory {
    private final JdbcTemplate jdbc;

    EpochHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(long experimentId, List<EpochRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO epoch_metric (experiment_id, epoch, train_loss, validation_loss, "
                + "train_accuracy, validation_accuracy, sample_prediction, gradient_norms, elapsed_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", records, 500, (ps, r) -> {
                    ps.setLong(1, experimentId);
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

    List<EpochRecord> load(long experimentId) {
        return jdbc.query("SELECT * FROM epoch_metric WHERE experiment_id = ? ORDER BY epoch",
                (rs, n) -> read(rs), experimentId);
    }

    private static EpochRecord read(ResultSet rs) throws SQLException {
        return new EpochRecord(rs.getInt("epoch"), getDouble(rs, "train_loss"),
                getDouble(rs, "validation_loss"), getDouble(rs, "train_accuracy"),
                getDouble(rs, "validation_accuracy"), getDouble(rs, "sample_prediction"),
                parseNorms(rs.getString("gradient_norms")), rs.getLong("elapsed_ms"));
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || !Double.isFinite(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
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
