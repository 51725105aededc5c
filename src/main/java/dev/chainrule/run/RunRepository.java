package dev.chainrule.run;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** One repository for the experiment aggregate; only services use it. */
interface RunRepository extends ListCrudRepository<Run, Long> {

    List<Run> findAllByOrderByCreatedAtDescIdDesc();

    /** After a restart nothing is training any more: runs left active were cut short. */
    @Modifying
    @Query("UPDATE run SET status = 'interrupted', message = :message "
            + "WHERE status IN ('queued', 'running', 'paused')")
    int markActiveAsInterrupted(String message);

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
