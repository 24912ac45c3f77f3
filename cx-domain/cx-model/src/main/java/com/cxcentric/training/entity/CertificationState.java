package com.cxcentric.training.entity;

import java.time.LocalDate;

/**
 * A certification on a given day: valid, expiring (within the window before its expiry date) or
 * expired (from the expiry date on). One without an expiry date stays valid.
 */
public enum CertificationState {
    VALID,
    EXPIRING,
    EXPIRED;

    /** The default window in which a certification counts as expiring. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    public static CertificationState of(LocalDate expiresOn, LocalDate today, int windowDays) {
        if (expiresOn == null) {
            return VALID;
        }
        if (!today.isBefore(expiresOn)) {
            return EXPIRED;
        }
        return today.isBefore(expiresOn.minusDays(windowDays)) ? VALID : EXPIRING;
    }

    /** The day a course passed on {@code certifiedOn} expires; null when the course never expires. */
    public static LocalDate expiryOf(LocalDate certifiedOn, Integer validityMonths) {
        return validityMonths == null ? null : certifiedOn.plusMonths(validityMonths);
    }
}
