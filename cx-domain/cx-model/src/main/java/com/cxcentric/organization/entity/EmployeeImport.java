package com.cxcentric.organization.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The record of one HR import: who sent which file from which source, with which options, and
 * what it did. Kept for good; the rejected rows are {@link ImportRejection}s of it.
 */
@Entity
@Table(name = "employee_import")
@NamedQuery(
        name = EmployeeImport.FIND_ALL,
        query = "SELECT i FROM EmployeeImport i ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(name = EmployeeImport.COUNT_ALL, query = "SELECT COUNT(i) FROM EmployeeImport i")
public class EmployeeImport extends AuditedEntity {

    public static final String FIND_ALL = "EmployeeImport.findAll";
    public static final String COUNT_ALL = "EmployeeImport.countAll";
    public static final int SOURCE_LENGTH = 64;
    public static final int FILE_NAME_LENGTH = 255;
    public static final int HEADER_LENGTH = 200;

    /** How an import reached the application. */
    public enum Channel {
        PORTAL,
        API
    }

    /** What an import did, row by row. */
    public record Counts(
            int rows, int created, int updated, int unchanged, int rejected, int markedLeft, int unitsCreated) {}

    @Id
    @SequenceGenerator(name = "employee_import_seq", sequenceName = "employee_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_import_seq")
    private Long id;

    @NotBlank
    @Size(max = SOURCE_LENGTH)
    @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
    private String source;

    @Size(max = FILE_NAME_LENGTH)
    @Column(name = "file_name", length = FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "full_import", nullable = false)
    private boolean fullImport;

    @Column(name = "create_units", nullable = false)
    private boolean createUnits;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Column(name = "left_count", nullable = false)
    private int leftCount;

    @Column(name = "units_created", nullable = false)
    private int unitsCreated;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "employee_import_header", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    @Column(name = "header", nullable = false, length = HEADER_LENGTH)
    private List<String> headers = new ArrayList<>();

    protected EmployeeImport() {
        // for JPA
    }

    public EmployeeImport(
            String source,
            String fileName,
            Channel channel,
            String importedBy,
            boolean fullImport,
            boolean createUnits,
            List<String> headers) {
        this.source = Objects.requireNonNull(source, "source");
        this.fileName = fileName;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.fullImport = fullImport;
        this.createUnits = createUnits;
        this.headers.addAll(headers);
    }

    /** Records what the import did and how long it took. */
    public void complete(Counts counts, long durationMillis) {
        this.rowCount = counts.rows();
        this.createdCount = counts.created();
        this.updatedCount = counts.updated();
        this.unchangedCount = counts.unchanged();
        this.rejectedCount = counts.rejected();
        this.leftCount = counts.markedLeft();
        this.unitsCreated = counts.unitsCreated();
        this.durationMillis = durationMillis;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public boolean isFullImport() {
        return fullImport;
    }

    public boolean isCreateUnits() {
        return createUnits;
    }

    public Counts getCounts() {
        return new Counts(rowCount, createdCount, updatedCount, unchangedCount, rejectedCount, leftCount, unitsCreated);
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    /** The file's column headers in their order. */
    public List<String> getHeaders() {
        return Collections.unmodifiableList(headers);
    }
}
