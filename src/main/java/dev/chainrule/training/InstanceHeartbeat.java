package dev.chainrule.training;

import dev.chainrule.run.AppInstances;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This app instance among the others on one database ({@link AppInstances}): writes its heartbeat every
 * {@code chainrule.instance.heartbeat-ms} (default 1000) and, on a shared database
 * ({@code chainrule.instance.shared-database}), sweeps as often: the runs of an instance whose heartbeat is older than
 * {@code chainrule.instance.dead-after-ms} (default 5000) become interrupted, so a run whose server died stops reading
 * "running" everywhere within about that time plus one sweep. On the H2 file one process owns the database and start-up
 * cuts every run short ({@code RunService}), so there is nothing to sweep. Its own thread, so that neither training
 * nor viewers delay a heartbeat. Stopping gracefully, it leaves after {@link TrainingService} has stopped its runs
 * (which depends on it through {@link DatabaseFollower}, so Spring stops that first).
 */
@Component
class InstanceHeartbeat {
    private static final Logger log = LoggerFactory.getLogger(InstanceHeartbeat.class);
    static final String DIED = "The server training this run stopped; the history up to then is kept.";

    private final AppInstances instances;
    private final Duration deadAfter;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "instance-heartbeat");
        t.setDaemon(true);
        return t;
    });

    InstanceHeartbeat(AppInstances instances, @Value("${chainrule.instance.heartbeat-ms:1000}") long heartbeatMillis,
            @Value("${chainrule.instance.dead-after-ms:5000}") long deadAfterMillis,
            @Value("${chainrule.instance.shared-database:false}") boolean sharedDatabase) {
        if (heartbeatMillis < 1 || deadAfterMillis < 2 * heartbeatMillis) {
            // a late heartbeat or two must not get a live instance's runs interrupted
            throw new IllegalArgumentException("chainrule.instance.dead-after-ms (" + deadAfterMillis + ") must be at "
                    + "least twice chainrule.instance.heartbeat-ms (" + heartbeatMillis + "), and that at least 1: "
                    + "set them to, say, 5000 and 1000.");
        }
        this.instances = instances;
        this.deadAfter = Duration.ofMillis(deadAfterMillis);
        if (!sharedDatabase) {
            instances.forgetOthers();
        }
        // the first sweep at once: a run left by an instance that died while none was watching ends now
        thread.scheduleWithFixedDelay(() -> tick(sharedDatabase), sharedDatabase ? 0 : heartbeatMillis,
                heartbeatMillis, TimeUnit.MILLISECONDS);
    }

    private void tick(boolean sweep) {
        try {
            if (!instances.beat()) {
                log.warn("This instance ({}) was taken for dead by another and registered again; runs it trains may "
                        + "read interrupted until they end", instances.thisInstance());
            }
            if (sweep) {
                int marked = instances.interruptRunsOfStoppedInstances(deadAfter, DIED);
                if (marked > 0) {
                    log.info("Marked {} run(s) of stopped instances interrupted", marked);
                }
            }
        } catch (RuntimeException e) {
            // tried again next time; a database that does not answer cannot be told anything anyway
            log.error("Could not write this instance's heartbeat or sweep", e);
        }
    }

    /** This instance's id, recorded on the runs it starts. */
    String thisInstance() {
        return instances.thisInstance();
    }

    @PreDestroy
    void leave() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
        instances.leave("The server stopped during training; the history up to then is kept.");
    }
}
