package com.cxcentric.rewards.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchemePeriodTest {

    @Test
    void findsTheMonthAndQuarterOfADay() {
        LocalDate day = LocalDate.of(2026, 11, 17);

        SchemePeriod month = SchemePeriod.containing(PeriodKind.MONTH, day);
        SchemePeriod quarter = SchemePeriod.containing(PeriodKind.QUARTER, day);

        assertEquals("2026-11", month.label());
        assertEquals(LocalDate.of(2026, 11, 30), month.end());
        assertEquals("2026-Q4", quarter.label());
        assertEquals(LocalDate.of(2026, 10, 1), quarter.start());
        assertEquals(LocalDate.of(2026, 12, 31), quarter.end());
    }

    @Test
    void stepsAcrossYears() {
        assertEquals(
                "2025-12",
                SchemePeriod.parse(PeriodKind.MONTH, "2026-01").previous().label());
        assertEquals(
                "2027-Q1",
                SchemePeriod.parse(PeriodKind.QUARTER, "2026-q4").next().label());
    }

    @Test
    void isOverOnlyAfterItsLastDay() {
        SchemePeriod november = SchemePeriod.parse(PeriodKind.MONTH, "2026-11");

        assertFalse(november.isOverOn(LocalDate.of(2026, 11, 30)));
        assertTrue(november.isOverOn(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void refusesLabelsThatNameNoPeriod() {
        assertThrows(IllegalArgumentException.class, () -> SchemePeriod.parse(PeriodKind.MONTH, "2026-13"));
        var quarter =
                assertThrows(IllegalArgumentException.class, () -> SchemePeriod.parse(PeriodKind.QUARTER, "2026-11"));
        assertTrue(quarter.getMessage().contains("2026-Q4"));
        assertThrows(
                IllegalArgumentException.class, () -> new SchemePeriod(PeriodKind.QUARTER, LocalDate.of(2026, 2, 1)));
    }
}
