package dev.chainrule.lesson;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A teacher's own lesson as a row: whose, its title (for lists), the lesson JSON and when it was saved. */
@Table // saved_lesson, by the naming strategy (an explicit name would be quoted, and H2 would look for lower case)
class SavedLesson {
    @Id
    private Long id;
    private Long ownerId;
    private String title;
    private String body;
    private Instant createdAt;

    protected SavedLesson() {
        // for Spring Data JDBC
    }

    SavedLesson(long ownerId, String title, String body, Instant createdAt) {
        this.ownerId = ownerId;
        this.title = title;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    Long getOwnerId() { return ownerId; }
    String getBody() { return body; }
}
