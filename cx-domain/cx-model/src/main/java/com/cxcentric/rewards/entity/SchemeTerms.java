package com.cxcentric.rewards.entity;

import com.cxcentric.outcomes.entity.PersonMetric;
import java.math.BigDecimal;

/**
 * What a reward scheme rewards and how, apart from whom it covers: the metric, the rule and its
 * target, how rates are judged, the minimum sample and the points an award gives.
 *
 * @param k Bühlmann's k for {@link Judging#CREDIBILITY}, or null to estimate it from the period's data
 */
public record SchemeTerms(
        PersonMetric metric,
        SchemeRule rule,
        Judging judging,
        BigDecimal target,
        int minSample,
        Double k,
        long points) {

    /** Why terms do not make a scheme: the field and the message key, or null when they do. */
    public record Fault(String field, String messageKey) {}

    /** The first rule these terms break, or null. */
    public Fault fault() {
        if (metric == null) {
            return new Fault("metric", "error.scheme.metricRequired");
        }
        if (rule == null) {
            return new Fault("rule", "error.scheme.ruleRequired");
        }
        if (target == null) {
            return new Fault("target", "error.scheme.targetRequired");
        }
        if (rule == SchemeRule.COUNT && metric.isRate()) {
            return new Fault("rule", "error.scheme.countNeedsCount");
        }
        if ((rule == SchemeRule.THRESHOLD || rule == SchemeRule.IMPROVEMENT || rule == SchemeRule.TOP_SHARE)
                && !metric.isRate()) {
            return new Fault("rule", "error.scheme.rateNeedsRate");
        }
        if (metric.isRate() && judging == null) {
            return new Fault("judging", "error.scheme.judgingRequired");
        }
        if (rule == SchemeRule.TOP_SHARE
                && (target.compareTo(BigDecimal.ZERO) <= 0 || target.compareTo(BigDecimal.valueOf(100)) > 0)) {
            return new Fault("target", "error.scheme.shareRange");
        }
        if (rule == SchemeRule.THRESHOLD || rule == SchemeRule.TEAM_RESULT && metric.isRate()) {
            if (target.compareTo(BigDecimal.valueOf(metric.lowest())) < 0
                    || target.compareTo(BigDecimal.valueOf(metric.highest())) > 0) {
                return new Fault("target", "error.scheme.targetRange");
            }
        }
        if ((rule == SchemeRule.COUNT || rule == SchemeRule.IMPROVEMENT || !metric.isRate()) && target.signum() <= 0) {
            return new Fault("target", "error.scheme.targetPositive");
        }
        if (minSample < 1) {
            return new Fault("minSample", "error.scheme.minSample");
        }
        if (k != null && !(k > 0)) {
            return new Fault("k", "error.scheme.k");
        }
        if (points < 1) {
            return new Fault("points", "error.scheme.points");
        }
        return null;
    }

    /** Whether rates are judged by credibility (a count, or a rate judged by its interval, is not). */
    public boolean credibility() {
        return metric.isRate() && judging == Judging.CREDIBILITY;
    }
}
