package com.cxcentric.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A row an import refused, with the reason and the row's original cells. Written in bulk by the
 * import itself and never changed afterwards.
 */
@Entity
@Table(name = "employee_import_rejection")
@IdClass(ImportRejection.Key.class)
@NamedQuery(
        name = ImportRejection.FIND_BY_IMPORT,
        query = "SELECT r FROM ImportRejection r WHERE r.importId = :importId ORDER BY r.rowNumber")
@NamedQuery(
        name = ImportRejection.COUNT_BY_IMPORT,
        query = "SELECT COUNT(r) FROM ImportRejection r WHERE r.importId = :importId")
public class ImportRejection {

    public static final String FIND_BY_IMPORT = "ImportRejection.findByImport";
    public static final String COUNT_BY_IMPORT = "ImportRejection.countByImport";
    public static final int REASON_LENGTH = 1000;
    /** Separates the message arguments in {@code reason_args}. */
    public static final String ARGUMENT_SEPARATOR = "\u001f";

    /** The primary key: the import and the row number in its file. */
    public record Key(Long importId, Integer rowNumber) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Id
    @Column(name = "row_number", nullable = false)
    private Integer rowNumber;

    @Column(name = "employee_number", length = 200)
    private String employeeNumber;

    @Column(name = "field", length = 32)
    private String field;

    @Column(name = "reason_key", nullable = false, length = 64)
    private String reasonKey;

    @Column(name = "reason_args", length = REASON_LENGTH)
    private String reasonArguments;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "cells", nullable = false)
    private String cells;

    protected ImportRejection() {
        // for JPA
    }

    public Long getImportId() {
        return importId;
    }

    /** The row in the file, counting the header as row 1. */
    public int getRowNumber() {
        return rowNumber;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    /** The field at fault, or null when the row as a whole was refused. */
    public String getField() {
        return field;
    }

    /** Key of the reason in the message bundle. */
    public String getReasonKey() {
        return reasonKey;
    }

    public List<String> getReasonArguments() {
        return reasonArguments == null || reasonArguments.isEmpty()
                ? List.of()
                : Arrays.asList(reasonArguments.split(ARGUMENT_SEPARATOR, -1));
    }

    /** The reason in English. */
    public String getReason() {
        return reason;
    }

    /** The original row as one CSV line. */
    public String getCells() {
        return cells;
    }
}
