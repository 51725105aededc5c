package dev.chainrule.share;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Comparison share links; only {@link ComparisonShareService} uses it. */
interface ComparisonShareRepository extends ListCrudRepository<ComparisonShare, Long> {

    Optional<ComparisonShare> findByToken(String token);

    /** The working link of this owner to exactly these runs; the newest, should two requests have made one each. */
    Optional<ComparisonShare> findFirstByOwnerIdAndRunIdsAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(long ownerId,
            String runIds);

    @Modifying
    @Query("UPDATE comparison_share SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant now);
}
