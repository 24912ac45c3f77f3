package com.cxcentric.notification.entity;

/** What a message is about; the portal and the e-mail render each kind from the message bundle. */
public enum NotificationKind {
    TRAINING_ASSIGNED,
    TRAINING_REMINDER,
    /** Sent to the person with a copy to their team lead. */
    TRAINING_OVERDUE,
    CERTIFICATION_EXPIRING,
    REFRESHER_READY,
    /** Sent to each person recognised, with a copy to their team lead. */
    RECOGNITION_RECEIVED,
    /** Sent to each person a reward scheme awarded, with a copy to their team lead. */
    AWARD_RECEIVED,
    /** Sent to the person whose reward HR handed over. */
    REDEMPTION_SETTLED,
    /** Sent to the person whose reward HR refused, with the reason; the points are back. */
    REDEMPTION_REFUSED,
    /** Sent to the person granted a badge, with a copy to their team lead. */
    BADGE_GRANTED
}
