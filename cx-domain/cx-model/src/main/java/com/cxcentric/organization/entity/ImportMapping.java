package com.cxcentric.organization.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Which column of a source system's files holds which employee field, saved once per source. */
@Entity
@Table(name = "employee_import_mapping")
public class ImportMapping extends AuditedEntity {

    @Id
    @NotBlank
    @Size(max = EmployeeImport.SOURCE_LENGTH)
    @Column(name = "source", nullable = false, length = EmployeeImport.SOURCE_LENGTH)
    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employee_import_mapping_column", joinColumns = @JoinColumn(name = "source"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "field", length = 32)
    @Column(name = "header", nullable = false, length = EmployeeImport.HEADER_LENGTH)
    private Map<EmployeeField, String> columns = new HashMap<>();

    protected ImportMapping() {
        // for JPA
    }

    public ImportMapping(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The entity has no generated id: the source name is its key. */
    @Override
    public Long getId() {
        return null;
    }

    public String getSource() {
        return source;
    }

    /** Field to column header. */
    public Map<EmployeeField, String> getColumns() {
        return Collections.unmodifiableMap(columns.isEmpty() ? Map.of() : new EnumMap<>(columns));
    }

    public void remap(Map<EmployeeField, String> newColumns) {
        columns.clear();
        columns.putAll(newColumns);
    }
}
