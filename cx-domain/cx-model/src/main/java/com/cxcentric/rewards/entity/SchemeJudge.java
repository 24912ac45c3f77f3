package com.cxcentric.rewards.entity;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.outcomes.entity.Tally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a scheme's terms to one period's tallies: for each person covered, the figure the rule
 * compares (shown rounded to one decimal, as every figure, and compared as shown), whether they
 * earn the award and why not. Pure: the tallies come from one set-based query per period.
 */
public final class SchemeJudge {

    private SchemeJudge() {}

    /** One person covered by a scheme, with their own and their team's tallies now and a period before. */
    public record Candidate(
            long employeeId, Long unitId, Tally own, Tally team, Tally previousOwn, Tally previousTeam) {}

    /** Why a person earned an award or did not. */
    public enum Decision {
        AWARDED,
        BELOW_TARGET,
        TOO_FEW,
        NOT_TOP
    }

    /**
     * A person's result. {@code own} and {@code team} are the plain figures (null without a sample),
     * {@code credibility} is Z (null unless judged by credibility), {@code judged} the figure the
     * rule compared with the target (null when there was none), {@code previous} the last period's
     * figure for an improvement.
     */
    public record Verdict(
            Candidate candidate,
            long sample,
            BigDecimal own,
            BigDecimal team,
            BigDecimal credibility,
            BigDecimal judged,
            BigDecimal previous,
            Decision decision) {

        public boolean awarded() {
            return decision == Decision.AWARDED;
        }
    }

    /** The verdicts, and the k credibility used (null when not judged by credibility). */
    public record Judgement(List<Verdict> verdicts, Double k) {

        public List<Verdict> awarded() {
            return verdicts.stream().filter(Verdict::awarded).toList();
        }
    }

    public static Judgement judge(SchemeTerms terms, List<Candidate> candidates) {
        Double k = null;
        Double previousK = null;
        if (terms.credibility()) {
            k = terms.k() != null
                    ? terms.k()
                    : FairScores.estimateK(
                                    candidates.stream().map(Candidate::own).toList())
                            .orElse(terms.minSample());
            previousK = terms.k() != null
                    ? terms.k()
                    : FairScores.estimateK(candidates.stream()
                                    .map(Candidate::previousOwn)
                                    .toList())
                            .orElse(terms.minSample());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            verdicts.add(verdict(terms, candidate, k, previousK));
        }
        if (terms.rule() == SchemeRule.TOP_SHARE) {
            verdicts = topShares(terms, verdicts);
        }
        return new Judgement(List.copyOf(verdicts), k);
    }

    private static Verdict verdict(SchemeTerms terms, Candidate c, Double k, Double previousK) {
        PersonMetric metric = terms.metric();
        BigDecimal own = c.own().sample() == 0 ? null : metric.value(c.own());
        BigDecimal team = c.team().sample() == 0 ? null : metric.value(c.team());
        BigDecimal z = k == null ? null : round(FairScores.credibility(c.own().sample(), k), 2);
        long min = terms.minSample();
        return switch (terms.rule()) {
            case COUNT -> {
                BigDecimal judged = BigDecimal.valueOf(c.own().positive());
                yield new Verdict(c, c.own().sample(), own, team, null, judged, null, atLeast(judged, terms.target()));
            }
            case TEAM_RESULT -> {
                if (!metric.isRate()) {
                    BigDecimal judged = BigDecimal.valueOf(c.team().positive());
                    yield new Verdict(
                            c, c.team().sample(), own, team, null, judged, null, atLeast(judged, terms.target()));
                }
                if (c.team().sample() < min) {
                    yield new Verdict(c, c.team().sample(), own, team, null, null, null, Decision.TOO_FEW);
                }
                BigDecimal judged = terms.judging() == Judging.LOWER_BOUND
                        ? round(FairScores.lowerBound(metric, c.team()), 1)
                        : team;
                yield new Verdict(c, c.team().sample(), own, team, null, judged, null, atLeast(judged, terms.target()));
            }
            case THRESHOLD, TOP_SHARE -> {
                if (c.own().sample() < min) {
                    yield new Verdict(c, c.own().sample(), own, team, z, null, null, Decision.TOO_FEW);
                }
                BigDecimal judged = round(judgedRate(terms, c.own(), c.team(), k), 1);
                Decision decision =
                        terms.rule() == SchemeRule.THRESHOLD ? atLeast(judged, terms.target()) : Decision.NOT_TOP;
                yield new Verdict(c, c.own().sample(), own, team, z, judged, null, decision);
            }
            case IMPROVEMENT -> {
                BigDecimal previous = c.previousOwn().sample() == 0 ? null : metric.value(c.previousOwn());
                if (c.own().sample() < min || c.previousOwn().sample() < min) {
                    yield new Verdict(c, c.own().sample(), own, team, z, null, previous, Decision.TOO_FEW);
                }
                double before = terms.judging() == Judging.CREDIBILITY
                        ? FairScores.credibilityScore(c.previousOwn(), c.previousTeam(), previousK)
                        : c.previousOwn().mean();
                BigDecimal judged = round(judgedRate(terms, c.own(), c.team(), k) - before, 1);
                yield new Verdict(c, c.own().sample(), own, team, z, judged, previous, atLeast(judged, terms.target()));
            }
        };
    }

    private static double judgedRate(SchemeTerms terms, Tally own, Tally team, Double k) {
        return terms.judging() == Judging.CREDIBILITY
                ? FairScores.credibilityScore(own, team, k)
                : FairScores.lowerBound(terms.metric(), own);
    }

    /**
     * The top share of each team: of the people with enough responses, the best ⌈share × n⌉ by
     * judged figure (at least one); a tie with the last of them is in the top too.
     */
    private static List<Verdict> topShares(SchemeTerms terms, List<Verdict> verdicts) {
        Map<Long, List<Verdict>> ranked = verdicts.stream()
                .filter(v -> v.judged() != null)
                .collect(Collectors.groupingBy(v ->
                        v.candidate().unitId() == null ? -1L : v.candidate().unitId()));
        Map<Long, BigDecimal> bar = new HashMap<>();
        ranked.forEach((unit, team) -> {
            List<BigDecimal> scores = team.stream()
                    .map(Verdict::judged)
                    .sorted(Comparator.reverseOrder())
                    .toList();
            int places = Math.max(
                    1,
                    terms.target()
                            .multiply(BigDecimal.valueOf(scores.size()))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                            .intValue());
            bar.put(unit, scores.get(Math.min(places, scores.size()) - 1));
        });
        return verdicts.stream()
                .map(v -> {
                    if (v.judged() == null) {
                        return v;
                    }
                    long unit =
                            v.candidate().unitId() == null ? -1L : v.candidate().unitId();
                    boolean top = v.judged().compareTo(bar.get(unit)) >= 0;
                    return new Verdict(
                            v.candidate(),
                            v.sample(),
                            v.own(),
                            v.team(),
                            v.credibility(),
                            v.judged(),
                            v.previous(),
                            top ? Decision.AWARDED : Decision.NOT_TOP);
                })
                .toList();
    }

    private static Decision atLeast(BigDecimal judged, BigDecimal target) {
        return judged != null && judged.compareTo(target) >= 0 ? Decision.AWARDED : Decision.BELOW_TARGET;
    }

    private static BigDecimal round(double value, int decimals) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
