package com.cxcentric.vision.entity;

import java.time.LocalDate;

/**
 * When someone asked to read the vision is chased: one reminder {@link #REMINDER_AFTER_DAYS} days
 * after they were asked, then, {@link #COPY_TO_LEAD_AFTER_DAYS} days after the reminder, a last
 * message with a copy to their team lead; nothing after that, and nothing once they confirmed.
 * The daily job applies the same rule set-based in SQL; this is its statement for one person.
 */
public final class AcknowledgementSchedule {

    public static final int REMINDER_AFTER_DAYS = 7;
    public static final int COPY_TO_LEAD_AFTER_DAYS = 7;

    /** What is due for one person on a day. */
    public enum Due {
        NOTHING,
        REMINDER,
        COPY_TO_LEAD
    }

    private AcknowledgementSchedule() {}

    public static Due due(
            LocalDate askedOn, boolean acknowledged, LocalDate remindedOn, LocalDate escalatedOn, LocalDate today) {
        if (acknowledged || escalatedOn != null) {
            return Due.NOTHING;
        }
        if (remindedOn == null) {
            return today.isBefore(askedOn.plusDays(REMINDER_AFTER_DAYS)) ? Due.NOTHING : Due.REMINDER;
        }
        return today.isBefore(remindedOn.plusDays(COPY_TO_LEAD_AFTER_DAYS)) ? Due.NOTHING : Due.COPY_TO_LEAD;
    }
}
