package com.cxcentric.outcomes.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The feedback metrics, exactly as docs/METRICS.md defines them. Percentages and NPS are rounded to
 * one decimal, means to two, half away from zero; the rounding happens once, on the final ratio.
 */
public final class Metrics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Metrics() {}

    /** NPS: % promoters (9-10) minus % detractors (0-6) of all NPS responses; -100 to 100. */
    public static MetricValue nps(ScoreCounts c, int minimumSample) {
        return MetricValue.of(
                percent(c.promoters() - c.detractors(), c.npsResponses()), c.npsResponses(), minimumSample);
    }

    /** CSAT %: the share of 4 and 5 among CSAT responses (1-5). */
    public static MetricValue csatPercent(ScoreCounts c, int minimumSample) {
        return MetricValue.of(percent(c.csatSatisfied(), c.csatResponses()), c.csatResponses(), minimumSample);
    }

    /** CSAT mean: the mean CSAT score (1-5). */
    public static MetricValue csatMean(ScoreCounts c, int minimumSample) {
        return MetricValue.of(mean(c.csatSum(), c.csatResponses()), c.csatResponses(), minimumSample);
    }

    /** CES mean: the mean CES score (1-7, 7 = very easy). */
    public static MetricValue cesMean(ScoreCounts c, int minimumSample) {
        return MetricValue.of(mean(c.cesSum(), c.cesResponses()), c.cesResponses(), minimumSample);
    }

    /** CES %: the share of 5 to 7 ("easy") among CES responses. */
    public static MetricValue cesEasyPercent(ScoreCounts c, int minimumSample) {
        return MetricValue.of(percent(c.cesEasy(), c.cesResponses()), c.cesResponses(), minimumSample);
    }

    /** Recovery rate: recovered follow-ups of those with a known outcome (recovered or not), in %. */
    public static MetricValue recoveryRate(long recovered, long knownOutcome, int minimumSample) {
        return MetricValue.of(percent(recovered, knownOutcome), knownOutcome, minimumSample);
    }

    /** First-contact resolution: complaints resolved on first contact of those where it is known, in %. */
    public static MetricValue firstContactResolution(long onFirstContact, long known, int minimumSample) {
        return MetricValue.of(percent(onFirstContact, known), known, minimumSample);
    }

    /** Service-standard attainment: events that met their standard of all measured events, in %. */
    public static MetricValue attainment(long met, long measured, int minimumSample) {
        return MetricValue.of(percent(met, measured), measured, minimumSample);
    }

    /**
     * The {@code p}-th percentile (0-100) of resolution times in calendar hours, one decimal:
     * interpolated between the two nearest ranks, as PostgreSQL's {@code percentile_cont} and
     * spreadsheets' PERCENTILE.INC compute it (the median of an even count is the mean of the two
     * middle values). The sample is every resolved complaint.
     */
    public static MetricValue percentileHours(List<Double> hours, double p, int minimumSample) {
        if (hours.isEmpty()) {
            return MetricValue.of(null, 0, minimumSample);
        }
        double[] sorted =
                hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double position = p / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        return MetricValue.of(
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP), sorted.length, minimumSample);
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
