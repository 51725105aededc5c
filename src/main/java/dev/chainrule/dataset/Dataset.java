package dev.chainrule.dataset;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An uploaded dataset: its original bytes (so it can be re-parsed when the importer improves),
 * their SHA-256 checksum (so the same upload is recognised) and its column summary as JSON.
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

    protected Dataset() {
        // for Spring Data JDBC
    }

    Dataset(String name, String sourceFileName, int rowCount, int columnCount, String columns, byte[] content,
            String checksum) {
        this.name = name;
        this.sourceFileName = sourceFileName;
        this.createdAt = Instant.now();
        this.rowCount = rowCount;
        this.columnCount = columnCount;
        this.columns = columns;
        this.content = content;
        this.checksum = checksum;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public String getSourceFileName() { return sourceFileName; }
    public Instant getCreatedAt() { return createdAt; }
    public int getRowCount() { return rowCount; }
    public int getColumnCount() { return columnCount; }
    public String getColumns() { return columns; }
    byte[] getContent() { return content; }
    public String getChecksum() { return checksum; }
}
