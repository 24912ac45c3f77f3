package com.cxcentric.training.entity;

/**
 * The customer-outcome figures a course can be meant to move, named as in the outcomes dashboard
 * and docs/METRICS.md. Stored by name on the course.
 */
public enum OutcomeMetric {
    NPS,
    CSAT,
    CES,
    RECOVERY_RATE,
    FIRST_CONTACT_RESOLUTION,
    RESOLUTION_TIME,
    COMPLIMENTS,
    STANDARD_ATTAINMENT
}
