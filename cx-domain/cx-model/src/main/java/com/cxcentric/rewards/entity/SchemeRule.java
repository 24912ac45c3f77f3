package com.cxcentric.rewards.entity;

/** How a reward scheme turns a period's outcomes into awards; the target's meaning depends on it. */
public enum SchemeRule {
    /** The person's judged figure is at least the target (CSAT % at least 90). */
    THRESHOLD,
    /** The person's judged figure rose by at least the target (in points) against their previous period. */
    IMPROVEMENT,
    /** The person is in the top target % of their team by judged figure (at least one person per team). */
    TOP_SHARE,
    /** The person's count (compliments, complaints recovered, standards met) is at least the target. */
    COUNT,
    /** The team's figure is at least the target; every member of the team shares the award. */
    TEAM_RESULT
}
