package com.cxcentric.outcomes.entity;

/**
 * The additive counts every feedback metric is computed from. A response adds its own counts; a
 * day's rollup is the sum of its responses; a dashboard's figure is the sum of rollups. Because
 * every metric is a ratio of these sums (never an average of averages), rollups answer exactly
 * what a recomputation from the raw responses answers.
 *
 * @param responses responses with at least one score
 * @param npsResponses responses with an NPS (0-10); promoters 9-10, passives 7-8, detractors 0-6
 * @param csatResponses responses with a CSAT (1-5); satisfied are 4 and 5; csatSum adds the scores
 * @param cesResponses responses with a CES (1-7); easy are 5 to 7; cesSum adds the scores
 */
public record ScoreCounts(
        long responses,
        long npsResponses,
        long promoters,
        long passives,
        long detractors,
        long csatResponses,
        long csatSatisfied,
        long csatSum,
        long cesResponses,
        long cesEasy,
        long cesSum) {

    public static final ScoreCounts NONE = new ScoreCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts of one response; a null score is not given. Scores must be in range (see {@link Scores}). */
    public static ScoreCounts of(Integer nps, Integer csat, Integer ces) {
        boolean any = nps != null || csat != null || ces != null;
        return new ScoreCounts(
                any ? 1 : 0,
                nps == null ? 0 : 1,
                nps != null && nps >= 9 ? 1 : 0,
                nps != null && nps >= 7 && nps <= 8 ? 1 : 0,
                nps != null && nps <= 6 ? 1 : 0,
                csat == null ? 0 : 1,
                csat != null && csat >= 4 ? 1 : 0,
                csat == null ? 0 : csat,
                ces == null ? 0 : 1,
                ces != null && ces >= 5 ? 1 : 0,
                ces == null ? 0 : ces);
    }

    public ScoreCounts plus(ScoreCounts other) {
        return new ScoreCounts(
                responses + other.responses,
                npsResponses + other.npsResponses,
                promoters + other.promoters,
                passives + other.passives,
                detractors + other.detractors,
                csatResponses + other.csatResponses,
                csatSatisfied + other.csatSatisfied,
                csatSum + other.csatSum,
                cesResponses + other.cesResponses,
                cesEasy + other.cesEasy,
                cesSum + other.cesSum);
    }

    public ScoreCounts minus(ScoreCounts other) {
        return new ScoreCounts(
                responses - other.responses,
                npsResponses - other.npsResponses,
                promoters - other.promoters,
                passives - other.passives,
                detractors - other.detractors,
                csatResponses - other.csatResponses,
                csatSatisfied - other.csatSatisfied,
                csatSum - other.csatSum,
                cesResponses - other.cesResponses,
                cesEasy - other.cesEasy,
                cesSum - other.cesSum);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
