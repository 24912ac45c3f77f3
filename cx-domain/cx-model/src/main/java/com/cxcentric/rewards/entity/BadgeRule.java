package com.cxcentric.rewards.entity;

/** How a badge is earned. */
public enum BadgeRule {
    /** Granted by HR or a lead, with a reason. */
    BY_HAND,
    /** Every starter course certified (training tells, through {@code CertificationGranted}). */
    STARTER_CURRICULUM,
    /** Certified in one course (its code). */
    COURSE_CERTIFIED,
    /** Awarded by one reward scheme (its code) in a number of its periods running. */
    SCHEME_STREAK
}
