package com.cxcentric.outcomes.entity;

import java.math.BigDecimal;

/**
 * A metric's value with the sample it rests on. Below the minimum sample size the value is
 * withheld (null) and {@link #enough()} is false: the portal then says "not enough responses"
 * instead of a number that means nothing.
 */
public record MetricValue(BigDecimal value, long sampleSize, boolean enough) {

    static MetricValue of(BigDecimal value, long sampleSize, int minimumSample) {
        boolean enough = sampleSize > 0 && sampleSize >= minimumSample;
        return new MetricValue(enough ? value : null, sampleSize, enough);
    }
}
