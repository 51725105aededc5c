package dev.chainrule.share;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Share links; only the services of this package use it. */
interface ShareLinkRepository extends ListCrudRepository<ShareLink, Long> {

    Optional<ShareLink> findByToken(String token);

    /** The link that works now; the newest, should two requests have made one each at the same moment. */
    Optional<ShareLink> findFirstByRunIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(long runId);

    /** Withdraws every working link of a run. */
    @Modifying
    @Query("UPDATE share_link SET revoked_at = :now WHERE run_id = :runId AND revoked_at IS NULL")
    int revokeAll(long runId, Instant now);
}
