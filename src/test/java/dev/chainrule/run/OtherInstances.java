package dev.chainrule.run;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another app instance on the test's database, as far as this instance can tell: its row in {@code app_instance} and
 * a run as that instance stores it while training. For tests of following a run trained elsewhere.
 */
public final class OtherInstances {
    private OtherInstances() {
    }

    /** Registers instance {@code id} with a fresh heartbeat, once. */
    public static void register(JdbcTemplate db, String id) {
        if (db.queryForObject("SELECT COUNT(*) FROM app_instance WHERE id = ?", Integer.class, id) == 0) {
            db.update("INSERT INTO app_instance (id, started_at, heartbeat_at) VALUES (?, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)", id);
        }
    }

    /**
     * Turns a stored run (trained here, to its end) into one that {@code instance} trains and has stored its first
     * {@code epochs} epochs of: running, the later epochs and the final weights gone.
     */
    public static void trainingThere(JdbcTemplate db, long runId, String instance, int epochs) {
        register(db, instance);
        db.update("DELETE FROM epoch_metric WHERE run_id = ? AND epoch > ?", runId, epochs);
        db.update("DELETE FROM epoch_curve WHERE run_id = ? AND epoch > ?", runId, epochs);
        db.update("UPDATE run SET status = 'running', instance_id = ?, epochs_done = ?, final_weights_bin = NULL "
                + "WHERE id = ?", instance, epochs, runId);
    }
}
