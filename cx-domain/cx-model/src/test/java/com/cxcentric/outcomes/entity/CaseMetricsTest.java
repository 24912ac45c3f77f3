package com.cxcentric.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Complaint and service-standard metrics on hand-computed examples (docs/METRICS.md). */
class CaseMetricsTest {

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        MetricValue median = Metrics.percentileHours(List.of(30.0, 2.0, 10.0, 4.0), 50, 1);

        assertEquals(new BigDecimal("7.0"), median.value());
        assertEquals(4, median.sampleSize());
    }

    @Test
    void ninetiethPercentileInterpolatesBetweenTheTwoNearestRanks() {
        // rank 0.9 x 3 = 2.7: 10 + 0.7 x (30 - 10) = 24
        assertEquals(
                new BigDecimal("24.0"),
                Metrics.percentileHours(List.of(2.0, 4.0, 10.0, 30.0), 90, 1).value());
        assertEquals(
                new BigDecimal("5.0"),
                Metrics.percentileHours(List.of(1.0, 5.0, 9.0), 50, 1).value());
    }

    @Test
    void oneResolvedComplaintIsItsOwnMedianAndNinetiethPercentile() {
        assertEquals(
                new BigDecimal("3.5"),
                Metrics.percentileHours(List.of(3.5), 50, 1).value());
        assertEquals(
                new BigDecimal("3.5"),
                Metrics.percentileHours(List.of(3.5), 90, 1).value());
    }

    @Test
    void noResolvedComplaintsAndTooFewGiveNoNumber() {
        MetricValue none = Metrics.percentileHours(List.of(), 50, 1);
        MetricValue few = Metrics.percentileHours(List.of(1.0, 2.0), 50, 10);

        assertNull(none.value());
        assertFalse(none.enough());
        assertEquals(0, none.sampleSize());
        assertNull(few.value());
        assertEquals(2, few.sampleSize());
    }

    @Test
    void firstContactResolutionCountsOnlyComplaintsWhereItIsRecorded() {
        MetricValue fcr = Metrics.firstContactResolution(2, 3, 1);

        assertEquals(new BigDecimal("66.7"), fcr.value());
        assertEquals(3, fcr.sampleSize());
        assertNull(Metrics.firstContactResolution(0, 0, 1).value());
    }

    @Test
    void attainmentIsMetOfMeasured() {
        assertEquals(new BigDecimal("87.5"), Metrics.attainment(7, 8, 1).value());
        assertEquals(new BigDecimal("0.0"), Metrics.attainment(0, 4, 1).value());
    }

    @Test
    void aStandardIsMetAtItsTargetAndBreachedPastIt() {
        var callBack = new StandardTarget("CALLBACK_30M", "PHONE", true, new BigDecimal("30"), "MINUTES");
        var coverage = new StandardTarget("COVERAGE", "STORE", false, new BigDecimal("95"), "PERCENT");

        assertTrue(callBack.metBy(new BigDecimal("30.00")));
        assertFalse(callBack.metBy(new BigDecimal("30.01")));
        assertTrue(coverage.metBy(new BigDecimal("95")));
        assertFalse(coverage.metBy(new BigDecimal("94.99")));
        assertEquals("at most 30 MINUTES", callBack.describe());
    }
}
