package com.cxcentric.rewards.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.outcomes.entity.Tally;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/METRICS.md, "Reward schemes", computed by hand. */
class FairScoresTest {

    @Test
    void weighsOwnFigureByItsCredibility() {
        // Own CSAT 100 % over 5 responses, team 80 % over 60, k = 20: Z = 5 / 25 = 0.2,
        // score = 0.2 x 100 + 0.8 x 80 = 84.
        Tally own = new Tally(5, 5, 0);
        Tally team = new Tally(60, 48, 0);

        assertEquals(0.2, FairScores.credibility(5, 20), 1e-12);
        assertEquals(84.0, FairScores.credibilityScore(own, team, 20), 1e-9);
    }

    @Test
    void givesNoCredibilityWithoutSampleOrWhenPeopleDoNotDiffer() {
        assertEquals(0.0, FairScores.credibility(0, 20));
        assertEquals(0.0, FairScores.credibility(50, Double.POSITIVE_INFINITY));
        assertEquals(70.0, FairScores.credibilityScore(Tally.NONE, new Tally(10, 7, 0), 20), 1e-9);
        assertEquals(75.0, FairScores.credibilityScore(new Tally(4, 3, 0), Tally.NONE, 20), 1e-9);
    }

    @Test
    void estimatesKByBuhlmannStraub() {
        // A 9 of 10, B 5 of 10, C 14 of 20 (scores 0 or 100). Within: A 90000 - 900²/10 = 9000,
        // B 50000 - 500²/10 = 25000, C 140000 - 1400²/20 = 42000; EPV = 76000 / 37 = 2054.054.
        // Grand mean 2800 / 40 = 70; between = 10·20² + 10·20² + 20·0² = 8000;
        // VHM = (8000 - 2 · 2054.054) / (40 - 600 / 40) = 155.676; k = 2054.054 / 155.676 = 13.194.
        OptionalDouble k =
                FairScores.estimateK(List.of(new Tally(10, 9, 0), new Tally(10, 5, 0), new Tally(20, 14, 0)));

        assertTrue(k.isPresent());
        assertEquals(13.194, k.getAsDouble(), 0.001);
    }

    @Test
    void estimatesInfiniteKWhenPeopleDifferNoMoreThanChance() {
        OptionalDouble k =
                FairScores.estimateK(List.of(new Tally(10, 7, 0), new Tally(10, 7, 0), new Tally(20, 14, 0)));

        assertEquals(OptionalDouble.of(Double.POSITIVE_INFINITY), k);
    }

    @Test
    void cannotEstimateKFromOnePerson() {
        assertTrue(
                FairScores.estimateK(List.of(new Tally(10, 7, 0), Tally.NONE)).isEmpty());
    }

    @Test
    void boundsNpsByTheAdjustedWaldInterval() {
        // 12 promoters, 3 detractors of 20: n' = 23, p+ = 12.75 / 23 = 0.55435, p- = 3.75 / 23 =
        // 0.16304, NPS' = 0.39130, SE = √((0.71739 - 0.15312) / 23) = 0.15663;
        // lower = 100 (0.39130 - 1.96 · 0.15663) = 8.43 (the plain NPS is 45).
        assertEquals(8.431, FairScores.lowerBound(PersonMetric.NPS, new Tally(20, 12, 3)), 0.001);
    }

    @Test
    void boundsShareByAgrestiCoull() {
        // 12 satisfied of 14: n' = 14 + 3.8415 = 17.8415, p = (12 + 1.9208) / 17.8415 = 0.78024,
        // lower = 100 (0.78024 - 1.96 √(0.78024 · 0.21976 / 17.8415)) = 58.81 (the plain share is 85.7).
        assertEquals(58.811, FairScores.lowerBound(PersonMetric.CSAT_PERCENT, new Tally(14, 12, 0)), 0.001);
    }

    @Test
    void neverBoundsBelowTheRangeAndNotWithoutSample() {
        assertEquals(0.0, FairScores.lowerBound(PersonMetric.CSAT_PERCENT, new Tally(3, 0, 0)));
        assertEquals(-100.0, FairScores.lowerBound(PersonMetric.NPS, new Tally(3, 0, 3)));
        assertTrue(Double.isNaN(FairScores.lowerBound(PersonMetric.NPS, Tally.NONE)));
    }
}
