package com.cxcentric.outcomes.entity;

import java.math.BigDecimal;

/**
 * What a service standard asks, as the ingestion judges events against it: its touchpoint and
 * whether a measured value must be at most or at least the target.
 */
public record StandardTarget(String code, String touchpoint, boolean atMost, BigDecimal target, String unit) {

    /** Whether a measured value meets the standard. */
    public boolean metBy(BigDecimal value) {
        int comparison = value.compareTo(target);
        return atMost ? comparison <= 0 : comparison >= 0;
    }

    /** "at most 30 MINUTES", as error messages say it. */
    public String describe() {
        return (atMost ? "at most " : "at least ") + target.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
