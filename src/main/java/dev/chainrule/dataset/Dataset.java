package dev.chainrule.dataset;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An uploaded dataset: its original bytes (so it can be re-parsed when the importer improves),
 * their SHA-256 checksum (so the same upload is recognised) and its column profile as JSON, with
 * the version of the importer that computed it.
 */
@Table
public class Dataset {
    @Id
    private Long id;
    private String name;
    private String sourceFileName;
    private Instant createdAt;
    private int rowCount;
    private int columnCount;
    private String columns;
    private byte[] content;
    private String checksum;
    /** {@code CsvImporter.VERSION} when the profile was computed; null for rows from before it was kept. */
    private Integer importerVersion;
    /** The account whose library it is in; null only for uploads from before accounts, until an administrator exists. */
    private Long ownerId;
    /** Where a copy came from (a fork of a shared run), in words shown in the library; null for an upload. */
    private String origin;

    protected Dataset() {
        // for Spring Data JDBC
    }

    Dataset(Long ownerId, String origin, String name, String sourceFileName, int rowCount, int columnCount, String columns, int importerVersion,
            byte[] content, String checksum) {
        this.name = name;
        this.sourceFileName = sourceFileName;
        this.createdAt = Instant.now();
        this.rowCount = rowCount;
        this.columnCount = columnCount;
        this.columns = columns;
        this.content = content;
        this.checksum = checksum;
        this.importerVersion = importerVersion;
        this.ownerId = ownerId;
        this.origin = origin;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSourceFileName() { return sourceFileName; }
    public Instant getCreatedAt() { return createdAt; }
    public int getRowCount() { return rowCount; }
    public int getColumnCount() { return columnCount; }
    /** The column profile as JSON; {@code DatasetService.profile} reads it. */
    String getColumns() { return columns; }
    Integer getImporterVersion() { return importerVersion; }
    byte[] getContent() { return content; }
    public String getChecksum() { return checksum; }
    public Long getOwnerId() { return ownerId; }
    public String getOrigin() { return origin; }
}
