package com.cxcentric.outcomes.entity;

import java.time.Instant;
import java.util.List;

/** A compliment naming the employees it praises, with the customer's words. */
public record ComplimentRecord(
        String externalId,
        String customerRef,
        Instant occurredAt,
        String touchpoint,
        List<String> employees,
        String comment)
        implements LedgerRecord {

    public ComplimentRecord {
        employees = employees.stream().distinct().sorted().toList();
    }

    @Override
    public String contentHash() {
        return LedgerRecord.hash(externalId, customerRef, occurredAt, touchpoint, attributionKey(), comment);
    }
}
