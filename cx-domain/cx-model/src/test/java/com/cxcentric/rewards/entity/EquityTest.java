package com.cxcentric.rewards.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EquityTest {

    @Test
    void everyoneAlikeIsZeroAndOnePersonWithEverythingIsAsUnequalAsTheGroupAllows() {
        assertEquals(0.0, Equity.gini(new long[] {3, 3, 3, 3}), 1e-12);
        // One of four has it all: 2·(4·8)/(4·8) − 5/4 = 0.75 = (n − 1)/n.
        assertEquals(0.75, Equity.gini(new long[] {0, 8, 0, 0}), 1e-12);
    }

    @Test
    void giniMatchesTheHandComputation() {
        // Sorted 0, 1, 2, 5: Σ i·x = 1·0 + 2·1 + 3·2 + 4·5 = 28, n = 4, Σ x = 8:
        // G = 2·28 / 32 − 5/4 = 1.75 − 1.25 = 0.5.
        // Check by the mean absolute difference: Σ|xi − xj| over all 16 ordered pairs = 32,
        // divided by 2·n²·mean = 2·16·2 = 64, is 0.5 too.
        assertEquals(0.5, Equity.gini(new long[] {5, 0, 2, 1}), 1e-12);
    }

    @Test
    void theTopTenthsShareCountsAtLeastOnePerson() {
        // 10 people, the top one received 10 of 19.
        assertEquals(10.0 / 19, Equity.topShare(new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 10}, 0.1), 1e-12);
        // 3 people: the top tenth is one person (ceil 0.3).
        assertEquals(4.0 / 7, Equity.topShare(new long[] {1, 2, 4}, 0.1), 1e-12);
    }

    @Test
    void nobodyRecognisedHasNoFigure() {
        assertNull(Equity.gini(new long[] {0, 0, 0}));
        assertNull(Equity.gini(new long[0]));
        assertNull(Equity.topShare(new long[] {0, 0}, 0.1));
    }

    @Test
    void theLorenzCurveRunsFromNothingToEverythingThroughTheHandPoints() {
        // 0, 1, 2, 5 of 8, at quarters: 0, 0, 1/8, 3/8, 1.
        assertArrayEquals(new double[] {0, 0, 0.125, 0.375, 1}, Equity.lorenz(new long[] {2, 5, 1, 0}, 4), 1e-12);
        // At halves of 4 people: the lower two received 1 of 8.
        assertArrayEquals(new double[] {0, 0.125, 1}, Equity.lorenz(new long[] {2, 5, 1, 0}, 2), 1e-12);
    }
}
