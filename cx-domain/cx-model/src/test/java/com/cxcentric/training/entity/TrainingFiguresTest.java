package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aShareIsAWholePercentRoundedHalfUpAndNothingOfNothingIsNoShare() {
        assertEquals(67, TrainingFigures.percent(2, 3));
        assertEquals(33, TrainingFigures.percent(1, 3));
        assertEquals(50, TrainingFigures.percent(1, 2));
        assertEquals(1, TrainingFigures.percent(1, 200), "0.5% rounds up");
        assertEquals(0, TrainingFigures.percent(1, 201));
        assertEquals(100, TrainingFigures.percent(7, 7));
        assertNull(TrainingFigures.percent(0, 0));
    }

    @Test
    void scoresFallIntoTenBucketsAndAPerfectScoreIntoTheLast() {
        assertEquals(0, TrainingFigures.bucketOf(0));
        assertEquals(0, TrainingFigures.bucketOf(9));
        assertEquals(1, TrainingFigures.bucketOf(10));
        assertEquals(8, TrainingFigures.bucketOf(83));
        assertEquals(9, TrainingFigures.bucketOf(99));
        assertEquals(9, TrainingFigures.bucketOf(100));
        assertThrows(IllegalArgumentException.class, () -> TrainingFigures.bucketOf(101));
        assertThrows(IllegalArgumentException.class, () -> TrainingFigures.bucketOf(-1));
    }

    @Test
    void aPersonStandsOnTheirBestCertificationOfACompetency() {
        assertEquals(
                Optional.of(CertificationState.VALID),
                TrainingFigures.standing(true, TODAY.minusDays(1), TODAY, 30),
                "one that never expires outweighs an expired one");
        assertEquals(
                Optional.of(CertificationState.EXPIRING),
                TrainingFigures.standing(false, TODAY.plusDays(30), TODAY, 30));
        assertEquals(
                Optional.of(CertificationState.VALID), TrainingFigures.standing(false, TODAY.plusDays(31), TODAY, 30));
        assertEquals(Optional.of(CertificationState.EXPIRED), TrainingFigures.standing(false, TODAY, TODAY, 30));
        assertEquals(Optional.empty(), TrainingFigures.standing(false, null, TODAY, 30));
    }

    @Test
    void completionSharesAreOfTheAssignmentsCounted() {
        var row = new TrainingReport.CompletionRow("1", "Contact Centre", 8, 5, 1, 2, 0);
        var coverage = new TrainingReport.CoverageRow(1, "Front line", "QUESTIONING", "Asking", 10, 4, 2, 1);

        assertEquals(63, row.completedPercent());
        assertEquals(25, row.overduePercent());
        assertEquals(3, coverage.uncertified());
        assertEquals(60, coverage.coveredPercent(), "valid and expiring cover a member today");
    }
}
