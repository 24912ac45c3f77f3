package com.cxcentric.rewards.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.outcomes.entity.Tally;
import com.cxcentric.rewards.entity.SchemeJudge.Candidate;
import com.cxcentric.rewards.entity.SchemeJudge.Decision;
import com.cxcentric.rewards.entity.SchemeJudge.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule on small made-up periods whose results were worked out by hand. */
class SchemeJudgeTest {

    private static final Tally TEAM_80 = new Tally(100, 80, 0);

    @Test
    void thresholdByCredibilityPullsSmallSamplesTowardsTheTeam() {
        // k = 20. 10 of 10: Z = 1/3, 1/3 · 100 + 2/3 · 80 = 86.7 < 90. 40 of 40: Z = 2/3, 93.3 >= 90.
        var terms = terms(PersonMetric.CSAT_PERCENT, SchemeRule.THRESHOLD, Judging.CREDIBILITY, "90", 5, 20.0);

        List<Verdict> verdicts = SchemeJudge.judge(
                        terms,
                        List.of(
                                person(1, new Tally(10, 10, 0), TEAM_80),
                                person(2, new Tally(40, 40, 0), TEAM_80),
                                person(3, new Tally(3, 3, 0), TEAM_80)))
                .verdicts();

        assertDecimal("86.7", verdicts.get(0).judged());
        assertDecimal("0.33", verdicts.get(0).credibility());
        assertDecimal("100.0", verdicts.get(0).own());
        assertDecimal("80.0", verdicts.get(0).team());
        assertEquals(Decision.BELOW_TARGET, verdicts.get(0).decision());
        assertDecimal("93.3", verdicts.get(1).judged());
        assertEquals(Decision.AWARDED, verdicts.get(1).decision());
        assertEquals(Decision.TOO_FEW, verdicts.get(2).decision());
        assertNull(verdicts.get(2).judged());
    }

    @Test
    void thresholdByLowerBoundNeedsTheWholeIntervalAboveTarget() {
        // NPS 45 over 20 (12 promoters, 3 detractors): lower bound 8.4 >= 0; NPS 15 over 20 (8, 5): -19.0 < 0.
        var terms = terms(PersonMetric.NPS, SchemeRule.THRESHOLD, Judging.LOWER_BOUND, "0", 10, null);

        List<Verdict> verdicts = SchemeJudge.judge(
                        terms,
                        List.of(
                                person(1, new Tally(20, 12, 3), Tally.NONE),
                                person(2, new Tally(20, 8, 5), Tally.NONE)))
                .verdicts();

        assertDecimal("45.0", verdicts.get(0).own());
        assertDecimal("8.4", verdicts.get(0).judged());
        assertTrue(verdicts.get(0).awarded());
        assertDecimal("-19.0", verdicts.get(1).judged());
        assertEquals(Decision.BELOW_TARGET, verdicts.get(1).decision());
    }

    @Test
    void estimatesKFromThePeriodWhenTheSchemeSetsNone() {
        var terms = terms(PersonMetric.CSAT_PERCENT, SchemeRule.THRESHOLD, Judging.CREDIBILITY, "90", 5, null);

        var judgement = SchemeJudge.judge(
                terms,
                List.of(
                        person(1, new Tally(10, 9, 0), TEAM_80),
                        person(2, new Tally(10, 5, 0), TEAM_80),
                        person(3, new Tally(20, 14, 0), TEAM_80)));

        assertEquals(13.194, judgement.k(), 0.001);
    }

    @Test
    void topShareAwardsTheBestHalfOfEachTeamWithTies() {
        // Team 7: 100, 90, 90, 50 with enough responses: ⌈50 % of 4⌉ = 2 places, the bar is 90, so both 90s are in.
        var terms = terms(PersonMetric.CSAT_PERCENT, SchemeRule.TOP_SHARE, Judging.CREDIBILITY, "50", 5, 1e-9);

        List<Verdict> verdicts = SchemeJudge.judge(
                        terms,
                        List.of(
                                person(1, new Tally(10, 10, 0), TEAM_80),
                                person(2, new Tally(10, 9, 0), TEAM_80),
                                person(3, new Tally(10, 9, 0), TEAM_80),
                                person(4, new Tally(10, 5, 0), TEAM_80),
                                person(5, new Tally(2, 2, 0), TEAM_80)))
                .verdicts();

        assertEquals(
                List.of(Decision.AWARDED, Decision.AWARDED, Decision.AWARDED, Decision.NOT_TOP, Decision.TOO_FEW),
                verdicts.stream().map(Verdict::decision).toList());
    }

    @Test
    void countNeedsNoSample() {
        var terms = terms(PersonMetric.COMPLIMENTS, SchemeRule.COUNT, null, "3", 1, null);

        List<Verdict> verdicts = SchemeJudge.judge(
                        terms, List.of(person(1, Tally.count(3), Tally.NONE), person(2, Tally.count(2), Tally.NONE)))
                .verdicts();

        assertEquals(
                List.of(Decision.AWARDED, Decision.BELOW_TARGET),
                verdicts.stream().map(Verdict::decision).toList());
        assertDecimal("3", verdicts.get(0).judged());
    }

    @Test
    void teamResultIsSharedByEveryMemberAndNeedsTheTeamsSample() {
        var terms = terms(PersonMetric.CSAT_PERCENT, SchemeRule.TEAM_RESULT, Judging.CREDIBILITY, "90", 10, null);

        List<Verdict> verdicts = SchemeJudge.judge(
                        terms,
                        List.of(person(1, Tally.NONE, new Tally(50, 45, 0)), person(2, Tally.NONE, new Tally(5, 5, 0))))
                .verdicts();

        assertEquals(
                List.of(Decision.AWARDED, Decision.TOO_FEW),
                verdicts.stream().map(Verdict::decision).toList());
        assertEquals(50, verdicts.get(0).sample());
    }

    @Test
    void improvementByLowerBoundComparesWithThePreviousFigure() {
        // Before 50 of 100 = 50 %; now 40 of 40, lower bound 89.6: a rise of 39.6 >= 10.
        var terms = terms(PersonMetric.CSAT_PERCENT, SchemeRule.IMPROVEMENT, Judging.LOWER_BOUND, "10", 10, null);
        var candidate = new Candidate(1, 7L, new Tally(40, 40, 0), TEAM_80, new Tally(100, 50, 0), TEAM_80);
        var tooFewBefore = new Candidate(2, 7L, new Tally(40, 40, 0), TEAM_80, new Tally(4, 2, 0), TEAM_80);

        List<Verdict> verdicts =
                SchemeJudge.judge(terms, List.of(candidate, tooFewBefore)).verdicts();

        assertDecimal("39.6", verdicts.get(0).judged());
        assertDecimal("50.0", verdicts.get(0).previous());
        assertTrue(verdicts.get(0).awarded());
        assertEquals(Decision.TOO_FEW, verdicts.get(1).decision());
    }

    @Test
    void refusesTermsThatMakeNoScheme() {
        assertEquals(
                "rule",
                terms(PersonMetric.COMPLIMENTS, SchemeRule.THRESHOLD, null, "3", 1, null)
                        .fault()
                        .field());
        assertEquals(
                "judging",
                terms(PersonMetric.CSAT_PERCENT, SchemeRule.THRESHOLD, null, "90", 10, null)
                        .fault()
                        .field());
        assertEquals(
                "target",
                terms(PersonMetric.CSAT_PERCENT, SchemeRule.THRESHOLD, Judging.CREDIBILITY, "120", 10, null)
                        .fault()
                        .field());
        assertNull(terms(PersonMetric.NPS, SchemeRule.THRESHOLD, Judging.LOWER_BOUND, "-20", 10, null)
                .fault());
        assertEquals(
                "minSample",
                terms(PersonMetric.CSAT_PERCENT, SchemeRule.THRESHOLD, Judging.CREDIBILITY, "90", 0, null)
                        .fault()
                        .field());
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    private static SchemeTerms terms(
            PersonMetric metric, SchemeRule rule, Judging judging, String target, int minSample, Double k) {
        return new SchemeTerms(metric, rule, judging, new BigDecimal(target), minSample, k, 50);
    }

    private static Candidate person(long id, Tally own, Tally team) {
        return new Candidate(id, 7L, own, team, Tally.NONE, Tally.NONE);
    }
}
