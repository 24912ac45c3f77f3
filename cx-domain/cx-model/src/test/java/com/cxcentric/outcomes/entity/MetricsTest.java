package com.cxcentric.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every metric on hand-computed examples and the edge cases, and the rollup arithmetic. */
class MetricsTest {

    private static ScoreCounts sum(ScoreCounts... responses) {
        ScoreCounts total = ScoreCounts.NONE;
        for (ScoreCounts r : responses) {
            total = total.plus(r);
        }
        return total;
    }

    private static ScoreCounts nps(int... scores) {
        ScoreCounts total = ScoreCounts.NONE;
        for (int s : scores) {
            total = total.plus(ScoreCounts.of(s, null, null));
        }
        return total;
    }

    @Test
    void npsIsPromotersShareMinusDetractorsShareWithPassivesInTheTotal() {
        // 10, 9, 9 promoters; 8, 7 passives; 6, 0 detractors: (3 - 2) / 7 = 14.2857... %
        MetricValue value = Metrics.nps(nps(10, 9, 9, 8, 7, 6, 0), 1);

        assertEquals(new BigDecimal("14.3"), value.value());
        assertEquals(7, value.sampleSize());
    }

    @Test
    void npsBoundariesSevenToEightArePassiveSixIsADetractorNineAPromoter() {
        assertEquals(new BigDecimal("0.0"), Metrics.nps(nps(7, 8, 7, 8), 1).value(), "all passives");
        assertEquals(new BigDecimal("-100.0"), Metrics.nps(nps(6), 1).value(), "one response, a detractor");
        assertEquals(new BigDecimal("100.0"), Metrics.nps(nps(9), 1).value(), "one response, a promoter");
    }

    @Test
    void npsRoundsHalfAwayFromZeroOnceOnTheFinalRatio() {
        // 1 promoter, 0 detractors of 8: 12.5 exactly; -1 of 8: -12.5
        assertEquals(
                new BigDecimal("12.5"),
                Metrics.nps(nps(9, 7, 7, 7, 7, 7, 7, 7), 1).value());
        // 1 of 16 = 6.25 -> 6.3; -1 of 16 -> -6.3
        assertEquals(
                new BigDecimal("6.3"),
                Metrics.nps(nps(9, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7), 1)
                        .value());
        assertEquals(
                new BigDecimal("-6.3"),
                Metrics.nps(nps(0, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7), 1)
                        .value());
    }

    @Test
    void oneResponseIsItsOwnFigureWithASampleOfOne() {
        ScoreCounts one = ScoreCounts.of(10, 3, 6);

        assertEquals(new BigDecimal("100.0"), Metrics.nps(one, 1).value());
        assertEquals(1, Metrics.nps(one, 1).sampleSize());
        assertEquals(new BigDecimal("0.0"), Metrics.csatPercent(one, 1).value(), "a 3 is not satisfied");
        assertEquals(new BigDecimal("3.00"), Metrics.csatMean(one, 1).value());
        assertEquals(new BigDecimal("6.00"), Metrics.cesMean(one, 1).value());
        assertEquals(new BigDecimal("100.0"), Metrics.cesEasyPercent(one, 1).value());
        assertEquals(
                new BigDecimal("-100.0"),
                Metrics.nps(ScoreCounts.of(0, null, null), 1).value());
    }

    @Test
    void noResponsesGiveNoValueAndNeverANumber() {
        for (MetricValue value : List.of(
                Metrics.nps(ScoreCounts.NONE, 0),
                Metrics.csatPercent(ScoreCounts.NONE, 0),
                Metrics.csatMean(ScoreCounts.NONE, 0),
                Metrics.cesMean(ScoreCounts.NONE, 0),
                Metrics.cesEasyPercent(ScoreCounts.NONE, 0))) {
            assertNull(value.value());
            assertFalse(value.enough());
            assertEquals(0, value.sampleSize());
        }
    }

    @Test
    void belowTheMinimumSampleTheValueIsWithheld() {
        MetricValue few = Metrics.nps(nps(10, 10, 0), 5);
        MetricValue enough = Metrics.nps(nps(10, 10, 0, 9, 9), 5);

        assertFalse(few.enough());
        assertNull(few.value());
        assertEquals(3, few.sampleSize());
        assertTrue(enough.enough());
        assertEquals(new BigDecimal("60.0"), enough.value());
    }

    @Test
    void csatPercentCountsFourAndFiveAndTheMeanIsOfAllScores() {
        ScoreCounts c = sum(
                ScoreCounts.of(null, 5, null),
                ScoreCounts.of(null, 4, null),
                ScoreCounts.of(null, 3, null),
                ScoreCounts.of(null, 1, null),
                ScoreCounts.of(null, 2, null),
                ScoreCounts.of(null, 5, null));

        assertEquals(new BigDecimal("50.0"), Metrics.csatPercent(c, 1).value()); // 3 of 6
        assertEquals(new BigDecimal("3.33"), Metrics.csatMean(c, 1).value()); // 20 / 6
        assertEquals(6, Metrics.csatMean(c, 1).sampleSize());
    }

    @Test
    void cesMeanAndTheShareOfFiveToSeven() {
        ScoreCounts c = sum(
                ScoreCounts.of(null, null, 7),
                ScoreCounts.of(null, null, 5),
                ScoreCounts.of(null, null, 4),
                ScoreCounts.of(null, null, 1));

        assertEquals(new BigDecimal("4.25"), Metrics.cesMean(c, 1).value()); // 17 / 4
        assertEquals(new BigDecimal("50.0"), Metrics.cesEasyPercent(c, 1).value()); // 2 of 4
    }

    @Test
    void eachMetricCountsOnlyTheResponsesThatGaveItsScore() {
        ScoreCounts c = sum(ScoreCounts.of(10, null, null), ScoreCounts.of(null, 2, 6), ScoreCounts.of(0, 5, null));

        assertEquals(3, c.responses());
        assertEquals(2, Metrics.nps(c, 1).sampleSize());
        assertEquals(new BigDecimal("0.0"), Metrics.nps(c, 1).value());
        assertEquals(2, Metrics.csatPercent(c, 1).sampleSize());
        assertEquals(1, Metrics.cesMean(c, 1).sampleSize());
        assertEquals(ScoreCounts.NONE, ScoreCounts.of(null, null, null));
    }

    @Test
    void rollupsBuiltAndCorrectedByDeltasEqualTheSumOfTheFinalResponses() {
        Random random = new Random(3);
        List<ScoreCounts> responses = new ArrayList<>();
        ScoreCounts rollup = ScoreCounts.NONE;
        for (int i = 0; i < 2000; i++) {
            ScoreCounts response = random(random);
            responses.add(response);
            rollup = rollup.plus(response);
        }
        for (int i = 0; i < 500; i++) { // updates: take the old counts out, put the new ones in
            int index = random.nextInt(responses.size());
            ScoreCounts replacement = random(random);
            rollup = rollup.minus(responses.get(index)).plus(replacement);
            responses.set(index, replacement);
        }

        assertEquals(sum(responses.toArray(ScoreCounts[]::new)), rollup);
        assertEquals(Metrics.nps(sum(responses.toArray(ScoreCounts[]::new)), 1), Metrics.nps(rollup, 1));
    }

    private static ScoreCounts random(Random random) {
        return ScoreCounts.of(
                random.nextInt(4) == 0 ? null : random.nextInt(11),
                random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                random.nextInt(2) == 0 ? null : 1 + random.nextInt(7));
    }

    @Test
    void recoveryRateCountsOnlyFollowUpsWithAKnownOutcome() {
        assertEquals(new BigDecimal("66.7"), Metrics.recoveryRate(2, 3, 1).value());
        assertEquals(3, Metrics.recoveryRate(2, 3, 1).sampleSize());
        assertNull(Metrics.recoveryRate(0, 0, 0).value());
    }
}
