package dev.chainrule.dataset;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Uploaded datasets; only {@link DatasetService} uses it. */
interface DatasetRepository extends ListCrudRepository<Dataset, Long> {

    Optional<Dataset> findByOwnerIdAndChecksum(Long ownerId, String checksum);

    List<Dataset> findAllByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    /** Only the name: a whole-row save would write back the bytes and perhaps an older profile. */
    @Modifying
    @Query("UPDATE dataset SET name = :name WHERE id = :id")
    int updateName(long id, String name);

    /** A profile computed again by a newer importer. */
    @Modifying
    @Query("UPDATE dataset SET columns = :columns, importer_version = :importerVersion WHERE id = :id")
    int updateProfile(long id, String columns, int importerVersion);

    @Query("SELECT COUNT(*) FROM run WHERE dataset_id = :id")
    int countRunsUsing(long id);
}
