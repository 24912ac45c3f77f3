package com.cxcentric.outcomes.entity;

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
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** How a source's CSV files of survey responses map to feedback properties, saved once per source. */
@Entity
@Table(name = "feedback_csv_mapping")
public class FeedbackCsvMapping extends AuditedEntity {

    /** Survey platforms put at most a few descriptive rows under the header. */
    public static final int MAX_EXTRA_HEADER_ROWS = 10;

    /** The longest touchpoint value of a source that can be mapped. */
    public static final int TOUCHPOINT_VALUE_LENGTH = 100;

    @Id
    @Column(name = "source", nullable = false, length = FeedbackBatch.SOURCE_LENGTH)
    private String source;

    @Column(name = "extra_header_rows", nullable = false)
    private int extraHeaderRows;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_csv_mapping_column", joinColumns = @JoinColumn(name = "source"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "field", length = 32)
    @Column(name = "header", nullable = false, length = 200)
    private Map<FeedbackCsvField, String> columns = new HashMap<>();

    /** The source's own touchpoint values (as written in its files) to touchpoint codes. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_csv_mapping_value", joinColumns = @JoinColumn(name = "source"))
    @MapKeyColumn(name = "raw_value", length = TOUCHPOINT_VALUE_LENGTH)
    @Column(name = "touchpoint", nullable = false, length = 40)
    private Map<String, String> touchpointValues = new HashMap<>();

    protected FeedbackCsvMapping() {
        // for JPA
    }

    public FeedbackCsvMapping(String source) {
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

    public int getExtraHeaderRows() {
        return extraHeaderRows;
    }

    /** Field to column header. */
    public Map<FeedbackCsvField, String> getColumns() {
        return Collections.unmodifiableMap(columns.isEmpty() ? Map.of() : new EnumMap<>(columns));
    }

    /** The source's own touchpoint values to touchpoint codes. */
    public Map<String, String> getTouchpointValues() {
        return Map.copyOf(touchpointValues);
    }

    /** Replaces the source's touchpoint values; a value longer than the column is left out. */
    public void remapTouchpointValues(Map<String, String> values) {
        touchpointValues.clear();
        values.forEach((value, code) -> {
            if (value != null && !value.isBlank() && value.length() <= TOUCHPOINT_VALUE_LENGTH && code != null) {
                touchpointValues.put(value.strip(), code);
            }
        });
    }

    public void remap(Map<FeedbackCsvField, String> newColumns, int newExtraHeaderRows) {
        if (newExtraHeaderRows < 0 || newExtraHeaderRows > MAX_EXTRA_HEADER_ROWS) {
            throw new IllegalArgumentException("extra header rows: 0 to " + MAX_EXTRA_HEADER_ROWS);
        }
        columns.clear();
        columns.putAll(newColumns);
        extraHeaderRows = newExtraHeaderRows;
    }
}
