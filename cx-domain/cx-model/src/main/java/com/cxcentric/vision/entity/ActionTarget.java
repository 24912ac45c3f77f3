package com.cxcentric.vision.entity;

/** What an action plan aims to move. */
public enum ActionTarget {
    /** An outcome metric of docs/METRICS.md (NPS, CSAT, CES, recovery rate), with the figure aimed at. */
    OUTCOME_METRIC,
    /** A complaint category that keeps coming back; the plan names its root cause. */
    COMPLAINT_CATEGORY,
    /** A service standard of the touchpoints, and the attainment aimed at. */
    SERVICE_STANDARD,
    /** The share of the unit trained in a course or the starter curriculum. */
    TRAINING_COVERAGE
}
