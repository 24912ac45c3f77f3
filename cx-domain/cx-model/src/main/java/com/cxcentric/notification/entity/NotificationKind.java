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
    BADGE_GRANTED,
    /** Sent to the approver of a stage (everyone in HR for an HR stage) when it is their turn. */
    APPROVAL_WAITING,
    /** Sent again to the approver when a stage has waited too long. */
    APPROVAL_REMINDER,
    /** Sent to the person nominated or awarded and to whoever asked, when the last stage decided. */
    APPROVAL_DECIDED,
    /** Sent to a budget's owner when what was drawn on it goes past its limit. */
    BUDGET_OVERSPENT,
    /** Sent to every current employee (and later to each joiner) asked to read a newly published CX vision. */
    VISION_PUBLISHED,
    /** Sent once to whoever has not confirmed the vision a week after being asked. */
    VISION_REMINDER,
    /** Sent to whoever still has not confirmed it a week after the reminder, with a copy to their team lead. */
    VISION_OVERDUE,
    /** Sent to someone a department named a customer champion, with a copy to their team lead. */
    CHAMPION_NAMED,
    /** Sent to the head (lead) of the department a champion raised an idea for. */
    IDEA_RAISED,
    /** Sent to the champion who raised an idea when the department answered it. */
    IDEA_ANSWERED,
    /** Sent to every person an announcement from leadership or HR goes to. */
    ANNOUNCEMENT
}
