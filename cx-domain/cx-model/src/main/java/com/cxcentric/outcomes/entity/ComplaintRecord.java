package com.cxcentric.outcomes.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A complaint: opened at a touchpoint, in a category, with a severity, owned by one employee; when
 * it was first answered and resolved, whether on first contact, and whether its root cause (the
 * real problem, not the symptom) was fixed, with a note.
 */
public record ComplaintRecord(
        String externalId,
        String customerRef,
        Instant occurredAt,
        String touchpoint,
        List<String> employees,
        String category,
        Severity severity,
        Instant firstResponseAt,
        Instant resolvedAt,
        Boolean firstContactResolution,
        Boolean rootCauseFixed,
        String rootCauseNote)
        implements LedgerRecord {

    /** How bad the complaint is. */
    public enum Severity {
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL
    }

    public ComplaintRecord {
        employees = employees.stream().distinct().sorted().toList();
    }

    /** Calendar hours from opening to resolution; null while unresolved. */
    public Double resolutionHours() {
        return resolvedAt == null
                ? null
                : Duration.between(occurredAt, resolvedAt).toSeconds() / 3600.0;
    }

    @Override
    public String contentHash() {
        return LedgerRecord.hash(
                externalId,
                customerRef,
                occurredAt,
                touchpoint,
                attributionKey(),
                category,
                severity,
                firstResponseAt,
                resolvedAt,
                firstContactResolution,
                rootCauseFixed,
                rootCauseNote);
    }
}
