package dev.chainrule.run;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One run of an experiment: what was trained (spec JSON), how it went (status, final metrics)
 * and when. Its final weights are read on their own ({@link RunService#finalWeights}), so that
 * lists of runs do not load them. Saved whole once, when it is created; after that each writer changes
 * only its own columns ({@link RunStore} the training's, {@link RunService} the title and notes),
 * so none overwrites another's. Its per-epoch history is appended separately ({@link EpochHistory}).
 */
@Table
public class Run {
    @Id
    private Long id;
    private String title;
    private String notes;
    private Long datasetId;
    private String spec;
    private String status;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;
    private Long parentId;
    /** The account it belongs to; null only for runs from before accounts, until an administrator exists. */
    private Long ownerId;
    private int epochsDone;
    private String finalMetrics;
    private String message;
    /** The app instance that trains (or trained) it ({@link AppInstances}); null for imported and older runs. */
    private String instanceId;

    protected Run() {
        // for Spring Data JDBC
    }

    public Run(String title, String spec, RunStatus status, Instant createdAt) {
        this.title = title;
        this.spec = spec;
        this.status = status.id();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getNotes() { return notes; }
    public Long getDatasetId() { return datasetId; }
    public void setDatasetId(Long datasetId) { this.datasetId = datasetId; }
    public String getSpec() { return spec; }
    public RunStatus getStatus() { return RunStatus.fromId(status); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Long getOwnerId() { return ownerId; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public int getEpochsDone() { return epochsDone; }
    public String getFinalMetrics() { return finalMetrics; }
    public String getMessage() { return message; }
    public String getInstanceId() { return instanceId; }
    void setInstanceId(String instanceId) { this.instanceId = instanceId; }

    /** For a reader who is not the owner ({@link RunGrant}): this loaded copy drops the notes, never shown to them. */
    void forgetNotes() { notes = null; }
}
