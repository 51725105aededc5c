package dev.chainrule.experiment;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** One repository for the experiment aggregate; only services use it. */
interface ExperimentRepository extends ListCrudRepository<Experiment, Long> {

    List<Experiment> findAllByOrderByCreatedAtDescIdDesc();

    /** After a restart nothing is training any more: runs left active were cut short. */
    @Modifying
    @Query("UPDATE experiment SET status = 'interrupted', message = :message "
            + "WHERE status IN ('queued', 'running', 'paused')")
    int markActiveAsInterrupted(String message);
}
