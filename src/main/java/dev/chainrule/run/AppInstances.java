package dev.chainrule.run;

import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The app instances sharing this database (table {@code app_instance}) and the runs they train: this process's own
 * id (random, new at each start, recorded by {@link RunStore#create} on every run it starts), its heartbeat, and the
 * sweep that marks interrupted the runs of an instance that stopped writing its heartbeat. Every time is the
 * database's clock, so instances on machines whose clocks differ agree on who is late. The schedule is the training
 * room's ({@code training.InstanceHeartbeat}); this class holds the SQL.
 */
@Component
public class AppInstances {
    private static final String ACTIVE = "status IN ('queued', 'running', 'paused')";
    private final JdbcTemplate jdbc;
    private final String id = UUID.randomUUID().toString();
    // once this instance has left, a late heartbeat must not register it again
    private volatile boolean left;

    AppInstances(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers before any run can be created, so a run never names an instance the others do not know. */
    @PostConstruct
    void register() {
        jdbc.update("INSERT INTO app_instance (id, started_at, heartbeat_at) VALUES (?, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)", id);
    }

    /** This process's id: the {@code instance_id} of the runs it trains. */
    public String thisInstance() {
        return id;
    }

    /**
     * Writes this instance's heartbeat. When its row is gone another instance took it for dead (it missed its
     * heartbeats for longer than they wait, e.g. a long pause of the whole process): it registers again.
     *
     * @return false when the row had to be made again (or the instance has left)
     */
    public boolean beat() {
        if (left) {
            return false;
        }
        if (jdbc.update("UPDATE app_instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?", id) == 1) {
            return true;
        }
        register();
        return false;
    }

    /**
     * On a database of its own (the H2 file) this process is the only instance: the rows of earlier ones that were
     * killed (and so never left) go, as their runs were cut short at start-up.
     */
    public void forgetOthers() {
        jdbc.update("DELETE FROM app_instance WHERE id <> ?", id);
    }

    /**
     * Marks interrupted every run still active whose instance wrote no heartbeat for {@code deadAfter} (or that names
     * no instance: from before instances were recorded, nothing trains it), then forgets those instances.
     *
     * @return how many runs were marked
     */
    @Transactional
    public int interruptRunsOfStoppedInstances(Duration deadAfter, String message) {
        OffsetDateTime cutoff = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class).minus(deadAfter);
        int marked = jdbc.update("UPDATE run SET status = 'interrupted', message = ? WHERE " + ACTIVE
                + " AND (instance_id IS NULL OR instance_id NOT IN "
                + "(SELECT id FROM app_instance WHERE heartbeat_at >= ?))", message, cutoff);
        jdbc.update("DELETE FROM app_instance WHERE heartbeat_at < ? AND id <> ?", cutoff, id);
        return marked;
    }

    /**
     * A gracefully stopping instance: its runs still marked active (those that did not end in time) become
     * interrupted, and its row goes, so the others need not wait for its heartbeat to age.
     */
    @Transactional
    public void leave(String message) {
        left = true;
        jdbc.update("UPDATE run SET status = 'interrupted', message = ? WHERE instance_id = ? AND " + ACTIVE,
                message, id);
        jdbc.update("DELETE FROM app_instance WHERE id = ?", id);
    }
}
