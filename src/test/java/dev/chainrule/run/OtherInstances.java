package dev.chainrule.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another app instance on the test's database, as far as this instance can tell: its row in {@code app_instance} and
 * a run as that instance stores it while training. For tests of following a run trained elsewhere.
 */
public final class OtherInstances {
    // the instances registered so far, kept alive: a test on a loaded machine may take longer than the 5 s after
    // which this instance's sweep would call a silent one dead and interrupt "its" run
    private static final Set<Beat> ALIVE = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService HEART = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "other-instances-heartbeat");
        t.setDaemon(true);
        return t;
    });

    static {
        HEART.scheduleWithFixedDelay(OtherInstances::beatAll, 500, 500, TimeUnit.MILLISECONDS);
    }

    private record Beat(JdbcTemplate db, String id) {
    }

    private OtherInstances() {
    }

    /** Registers instance {@code id} with a fresh heartbeat, kept fresh every 500 ms while its database is open. */
    public static void register(JdbcTemplate db, String id) {
        if (db.queryForObject("SELECT COUNT(*) FROM app_instance WHERE id = ?", Integer.class, id) == 0) {
            db.update("INSERT INTO app_instance (id, started_at, heartbeat_at) VALUES (?, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)", id);
        } else {
            db.update("UPDATE app_instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?", id);
        }
        ALIVE.add(new Beat(db, id));
    }

    private static void beatAll() {
        for (Beat beat : ALIVE) {
            try {
                beat.db().update("UPDATE app_instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?", beat.id());
            } catch (RuntimeException closed) {
                ALIVE.remove(beat); // its test context has closed its database
            }
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
