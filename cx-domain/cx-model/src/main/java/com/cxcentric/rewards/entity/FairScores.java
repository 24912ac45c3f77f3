package com.cxcentric.rewards.entity;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.outcomes.entity.Tally;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Judging a person's rate fairly to small samples (docs/METRICS.md, "Reward schemes"): an
 * individual's monthly NPS over 20 responses moves by about ±34 points by chance alone, so a
 * threshold is judged either on a credibility-weighted score or on the lower end of a 95 %
 * interval. Scores are on the metric's own scale (percent, or NPS points).
 */
public final class FairScores {

    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.959964;

    private FairScores() {}

    /** Bühlmann's credibility of a person's own figure: Z = n / (n + k); 0 with no sample. */
    public static double credibility(long sample, double k) {
        if (sample == 0) {
            return 0;
        }
        if (Double.isInfinite(k)) {
            return 0;
        }
        return sample / (sample + k);
    }

    /**
     * The credibility-weighted score Z · own + (1 − Z) · team. Without a team figure (nobody else's
     * records), the person's own figure stands alone; with neither, there is no score (NaN).
     */
    public static double credibilityScore(Tally own, Tally team, double k) {
        if (team.sample() == 0) {
            return own.mean();
        }
        double z = credibility(own.sample(), k);
        return own.sample() == 0 ? team.mean() : z * own.mean() + (1 - z) * team.mean();
    }

    /**
     * Estimates k = EPV / VHM from the people's tallies by the Bühlmann-Straub method: the expected
     * process variance (how much one person's records spread around their own mean) over the
     * variance of the people's true means (how much people really differ). When people differ no
     * more than chance explains, k is infinite (everyone is judged on the team's figure). Empty
     * when fewer than two people have a sample or no one has two records.
     */
    public static OptionalDouble estimateK(Collection<Tally> people) {
        long r = 0;
        long total = 0;
        double weightedSum = 0;
        double squaresSum = 0;
        double within = 0;
        long withinDegrees = 0;
        double squaredSizes = 0;
        for (Tally tally : people) {
            if (tally.sample() == 0) {
                continue;
            }
            r++;
            total += tally.sample();
            double sum = tally.mean() * tally.sample();
            weightedSum += sum;
            within += tally.sumOfSquares() - sum * sum / tally.sample();
            withinDegrees += tally.sample() - 1;
            squaredSizes += (double) tally.sample() * tally.sample();
        }
        if (r < 2 || withinDegrees == 0) {
            return OptionalDouble.empty();
        }
        double grandMean = weightedSum / total;
        for (Tally tally : people) {
            if (tally.sample() > 0) {
                double gap = tally.mean() - grandMean;
                squaresSum += tally.sample() * gap * gap;
            }
        }
        double epv = within / withinDegrees;
        double vhm = (squaresSum - (r - 1) * epv) / (total - squaredSizes / total);
        if (vhm <= 0) {
            return OptionalDouble.of(Double.POSITIVE_INFINITY);
        }
        return OptionalDouble.of(epv / vhm);
    }

    /**
     * The lower end of the 95 % adjusted-Wald interval of a tally's rate; NaN with no sample. For
     * NPS (Rocks 2016): add 3 to the sample and ¾ to promoters and to detractors, then
     * NPS ± z · √((p⁺ + p⁻ − (p⁺ − p⁻)²) / n′). For a share (Agresti-Coull): add z²/2 to the
     * successes and z² to the sample, then p ± z · √(p (1 − p) / n′). Never below the metric's range.
     */
    public static double lowerBound(PersonMetric metric, Tally tally) {
        if (tally.sample() == 0) {
            return Double.NaN;
        }
        if (metric == PersonMetric.NPS) {
            double n = tally.sample() + 3.0;
            double promoters = (tally.positive() + 0.75) / n;
            double detractors = (tally.negative() + 0.75) / n;
            double nps = promoters - detractors;
            double spread = Math.sqrt((promoters + detractors - nps * nps) / n);
            return Math.max(-100, 100 * (nps - Z95 * spread));
        }
        double n = tally.sample() + Z95 * Z95;
        double p = (tally.positive() + Z95 * Z95 / 2) / n;
        return Math.max(0, 100 * (p - Z95 * Math.sqrt(p * (1 - p) / n)));
    }
}
