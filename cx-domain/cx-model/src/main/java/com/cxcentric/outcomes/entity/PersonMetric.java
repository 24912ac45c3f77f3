package com.cxcentric.outcomes.entity;

import java.math.BigDecimal;

/**
 * The outcomes a person can be measured by, each by its docs/METRICS.md definition: rates (a share
 * of a sample, or NPS as promoters minus detractors) and counts. A person's figure counts every
 * record that names them; a team's counts a record once when it names any of its members.
 */
public enum PersonMetric {
    /** NPS: promoters (9-10) minus detractors (0-6), of the NPS responses. */
    NPS(true, -100, 100),
    /** CSAT %: 4 and 5 of the CSAT responses. */
    CSAT_PERCENT(true, 0, 100),
    /** CES %: 5 to 7 ("easy") of the CES responses. */
    CES_EASY_PERCENT(true, 0, 100),
    /** Service-standard attainment: events that met their standard, of all measured events. */
    STANDARD_ATTAINMENT(true, 0, 100),
    /** Compliments received. */
    COMPLIMENTS(false, 0, Integer.MAX_VALUE),
    /** Complaints whose follow-up was recorded as recovered. */
    COMPLAINTS_RECOVERED(false, 0, Integer.MAX_VALUE),
    /** Service events that met their standard. */
    STANDARDS_MET(false, 0, Integer.MAX_VALUE);

    private final boolean rate;
    private final int lowest;
    private final int highest;

    PersonMetric(boolean rate, int lowest, int highest) {
        this.rate = rate;
        this.lowest = lowest;
        this.highest = highest;
    }

    /** A rate rests on a sample and is judged fairly to small samples; a count is a count. */
    public boolean isRate() {
        return rate;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** Whether the feedback responses (not complaints, compliments or service events) carry it. */
    public boolean isSurvey() {
        return this == NPS || this == CSAT_PERCENT || this == CES_EASY_PERCENT;
    }

    /**
     * The figure of a tally exactly as the dashboards show it (one decimal, half away from zero),
     * or null with no sample; a count is its count.
     */
    public BigDecimal value(Tally tally) {
        MetricValue value =
                switch (this) {
                    case NPS -> Metrics.nps(
                            new ScoreCounts(
                                    tally.sample(),
                                    tally.sample(),
                                    tally.positive(),
                                    tally.sample() - tally.positive() - tally.negative(),
                                    tally.negative(),
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0),
                            1);
                    case CSAT_PERCENT -> Metrics.csatPercent(
                            new ScoreCounts(tally.sample(), 0, 0, 0, 0, tally.sample(), tally.positive(), 0, 0, 0, 0),
                            1);
                    case CES_EASY_PERCENT -> Metrics.cesEasyPercent(
                            new ScoreCounts(tally.sample(), 0, 0, 0, 0, 0, 0, 0, tally.sample(), tally.positive(), 0),
                            1);
                    case STANDARD_ATTAINMENT -> Metrics.attainment(tally.positive(), tally.sample(), 1);
                    case COMPLIMENTS, COMPLAINTS_RECOVERED, STANDARDS_MET -> null;
                };
        if (value == null) {
            return BigDecimal.valueOf(tally.positive());
        }
        return value.value();
    }
}
