package dev.chainrule.run;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** One repository for the run aggregate; only the services of this package use it. */
interface RunRepository extends ListCrudRepository<Run, Long> {

    List<Run> findAllByOwnerIdOrderByCreatedAtDescIdDesc(Long ownerId);

    List<Run> findAllByOwnerId(Long ownerId);

    /** After a restart nothing is training any more: runs left active were cut short. */
    @Modifying
    @Query("UPDATE run SET status = 'interrupted', message = :message "
            + "WHERE status IN ('queued', 'running', 'paused')")
    int markActiveAsInterrupted(String message);

    /** A training run's status; its start time only the first time. Only these columns (see {@link RunStore}). */
    @Modifying
    @Query("UPDATE run SET status = :status, started_at = COALESCE(started_at, :now) WHERE id = :id")
    int updateStatus(long id, String status, Instant now);

    /** A training run's progress, written with each batch of epochs (see {@link RunStore#appendEpochs}). */
    @Modifying
    @Query("UPDATE run SET epochs_done = :epochsDone, final_metrics = :finalMetrics WHERE id = :id")
    int updateProgress(long id, int epochsDone, String finalMetrics);

    /**
     * A training run's outcome. Epochs, metrics and weights are kept as they were when the run has
     * none to give (null), as the whole-row save did before.
     */
    @Modifying
    @Query("UPDATE run SET status = :status, message = :message, finished_at = :finishedAt, "
            + "epochs_done = COALESCE(:epochsDone, epochs_done), "
            + "final_metrics = COALESCE(:finalMetrics, final_metrics), "
            + "final_weights_bin = COALESCE(:finalWeights, final_weights_bin) WHERE id = :id")
    int updateOutcome(long id, String status, String message, Instant finishedAt, Integer epochsDone,
            String finalMetrics, byte[] finalWeights);

    /**
     * A run whose outcome could not be stored ends failed: status, message, end time and epochs done,
     * nothing large, so that it cannot fail for the reason the outcome did.
     */
    @Modifying
    @Query("UPDATE run SET status = 'failed', message = :message, finished_at = :finishedAt, "
            + "epochs_done = COALESCE(:epochsDone, epochs_done) WHERE id = :id")
    int updateFailed(long id, String message, Instant finishedAt, Integer epochsDone);

    /** Only the title column: a full save could write back a stale status over a run's own updates. */
    @Modifying
    @Query("UPDATE run SET title = :title WHERE id = :id")
    int updateTitle(long id, String title);

    /** Only the notes column, for the same reason. */
    @Modifying
    @Query("UPDATE run SET notes = :notes WHERE id = :id")
    int updateNotes(long id, String notes);

    /**
     * Deletes a run that no longer trains, in one statement so a run cannot start between a check
     * and the delete. Its epoch rows go by ON DELETE CASCADE; runs derived from it keep going, their
     * parent_id set to NULL by the foreign key.
     */
    @Modifying
    @Query("DELETE FROM run WHERE id = :id AND status NOT IN ('queued', 'running', 'paused')")
    int deleteIfNotActive(long id);
}
