package dev.chainrule.share;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One link to a comparison of runs: its token, whose runs, which (ids in the order compared, comma
 * separated), when it was made and when withdrawn (null while it works).
 */
@Table // comparison_share, by the naming strategy (an explicit name would be quoted, and H2 would look for lower case)
class ComparisonShare {
    @Id
    private Long id;
    private String token;
    private Long ownerId;
    private String runIds;
    private Instant createdAt;
    private Instant revokedAt;

    protected ComparisonShare() {
        // for Spring Data JDBC
    }

    ComparisonShare(String token, long ownerId, String runIds, Instant createdAt) {
        this.token = token;
        this.ownerId = ownerId;
        this.runIds = runIds;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getToken() { return token; }
    Long getOwnerId() { return ownerId; }
    String getRunIds() { return runIds; }
    Instant getRevokedAt() { return revokedAt; }
}
