package com.cxcentric.outcomes.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One measurement of a service standard: the value measured (in the standard's unit) and whether
 * the standard was met; the touchpoint is the standard's.
 */
public record ServiceEventRecord(
        String externalId,
        Instant occurredAt,
        String touchpoint,
        List<String> employees,
        String standard,
        BigDecimal measuredValue,
        boolean met)
        implements LedgerRecord {

    public ServiceEventRecord {
        employees = employees.stream().distinct().sorted().toList();
        measuredValue = measuredValue == null ? null : measuredValue.stripTrailingZeros();
    }

    @Override
    public String contentHash() {
        return LedgerRecord.hash(
                externalId,
                occurredAt,
                touchpoint,
                attributionKey(),
                standard,
                measuredValue == null ? null : measuredValue.toPlainString(),
                met);
    }
}
