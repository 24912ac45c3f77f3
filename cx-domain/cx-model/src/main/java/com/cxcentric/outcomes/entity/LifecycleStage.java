package com.cxcentric.outcomes.entity;

/**
 * Where a customer stands with us, from their feedback history (docs/METRICS.md). The first rule
 * that holds decides, in this order: at risk, advocate, loyal, satisfied.
 */
public enum LifecycleStage {
    /** Their latest NPS is a detractor (0-6) or latest CSAT 1-2, or a complaint of the last year is unresolved or was not recovered. */
    AT_RISK,
    /** Their latest NPS is a promoter (9-10) and in the last year they paid a compliment or a response of theirs is tagged "referral". */
    ADVOCATE,
    /** Their last two NPS answers are both promoters. */
    LOYAL,
    /** Everyone else we heard from. */
    SATISFIED;

    /**
     * The stage of one customer.
     *
     * @param lastNps their most recent NPS answer, null when they never gave one
     * @param previousNps the one before it, null when there is none
     * @param lastCsat their most recent CSAT answer, null when they never gave one
     * @param unrecoveredComplaint a complaint of the last year is unresolved or was not recovered
     * @param praised in the last year they paid a compliment or a response of theirs is tagged "referral"
     */
    public static LifecycleStage of(
            Integer lastNps, Integer previousNps, Integer lastCsat, boolean unrecoveredComplaint, boolean praised) {
        if ((lastNps != null && lastNps <= 6) || (lastCsat != null && lastCsat <= 2) || unrecoveredComplaint) {
            return AT_RISK;
        }
        boolean promoter = lastNps != null && lastNps >= 9;
        if (promoter && praised) {
            return ADVOCATE;
        }
        if (promoter && previousNps != null && previousNps >= 9) {
            return LOYAL;
        }
        return SATISFIED;
    }
}
