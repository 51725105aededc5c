package dev.chainrule.share;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One link to one run: its token, who made it and when, and when it was withdrawn (null while it
 * works). A withdrawn link stays as a row, so its token is never handed out again.
 */
@Table // share_link, by the naming strategy (an explicit name would be quoted, and H2 would look for lower case)
class ShareLink {
    @Id
    private Long id;
    private String token;
    private Long runId;
    private Long createdBy;
    private Instant createdAt;
    private Instant revokedAt;

    protected ShareLink() {
        // for Spring Data JDBC
    }

    ShareLink(String token, long runId, long createdBy, Instant createdAt) {
        this.token = token;
        this.runId = runId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String getToken() { return token; }
    Long getRunId() { return runId; }
    Instant getRevokedAt() { return revokedAt; }
}
