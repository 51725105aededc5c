package dev.chainrule.dataset;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Uploaded datasets; only {@link DatasetService} uses it. */
interface DatasetRepository extends ListCrudRepository<Dataset, Long> {

    Optional<Dataset> findByChecksum(String checksum);

    List<Dataset> findAllByOrderByCreatedAtDesc();

    @Query("SELECT COUNT(*) FROM run WHERE dataset_id = :id")
    int countExperimentsUsing(long id);
}
