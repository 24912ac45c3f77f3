package com.cxcentric.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RolloutDimensionTest {

    private static final RolloutDimension ACKNOWLEDGED =
            new RolloutDimension("ACK", "vision", 1, Formula.PERCENT, 90, 70, 5);

    @Test
    void aPercentageRestsOnItsWholeAndAScoreChangeOnTheSmallerWindow() {
        assertEquals(75.0, Formula.PERCENT.value(new long[] {3, 4}), 1e-12);
        assertEquals(4, Formula.PERCENT.sample(new long[] {3, 4}));
        assertEquals(1.5, Formula.PER_HEAD.value(new long[] {6, 4}), 1e-12);
        // NPS before: 40 responses, 20 promoters − 8 detractors = 12 net → 30; since: 50, net 25 → 50.
        assertEquals(20.0, Formula.SCORE_CHANGE.value(new long[] {40, 12, 50, 25}), 1e-12);
        assertEquals(40, Formula.SCORE_CHANGE.sample(new long[] {40, 12, 50, 25}));
    }

    @Test
    void aCountIsItselfAndRestsOnThePeople() {
        assertEquals(3.0, Formula.COUNT.value(new long[] {3, 40}), 1e-12);
        assertEquals(0.0, Formula.COUNT.value(new long[] {0, 40}), 1e-12);
        assertEquals(40, Formula.COUNT.sample(new long[] {3, 40}));
    }

    @Test
    void nothingToDivideByIsNoFigure() {
        assertNull(Formula.PERCENT.value(new long[] {0, 0}));
        assertNull(Formula.SCORE_CHANGE.value(new long[] {0, 0, 10, 5}));
        assertNull(Formula.SCORE_CHANGE.value(new long[] {10, 5, 0, 0}));
    }

    @Test
    void aCellBelowTheMinimumSampleIsGreyWhateverItsFigure() {
        assertEquals(Rating.NO_DATA, ACKNOWLEDGED.rate(100.0, 4));
        assertEquals(Rating.NO_DATA, ACKNOWLEDGED.rate(null, 50));
        assertEquals(Rating.ON_TARGET, ACKNOWLEDGED.rate(90.0, 5));
        assertEquals(Rating.CLOSE, ACKNOWLEDGED.rate(70.0, 5));
        assertEquals(Rating.BEHIND, ACKNOWLEDGED.rate(69.9, 5));
    }

    @Test
    void aDimensionCloseAboveItsTargetIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new RolloutDimension("X", "a", 1, Formula.PERCENT, 50, 60, 5));
        assertThrows(
                IllegalArgumentException.class, () -> new RolloutDimension("X", "a", 1, Formula.PERCENT, 50, 40, 0));
    }
}
