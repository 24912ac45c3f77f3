package com.cxcentric.training.entity;

import java.time.LocalDate;

/**
 * The dates the daily training job works with, for one company day: whose due date to remind of,
 * who became overdue, whose completion a refresher follows, and when a recertification is due.
 * Every rule is "on this day", so processing each day once (and every missed day on catch-up)
 * sends each message once.
 */
public final class ReinforcementCalendar {

    /** Days before the due date that the reminder goes out, unless configured otherwise. */
    public static final int DEFAULT_REMINDER_DAYS = 3;

    /** The least time a recertification gets, for certifications found expiring late (or already expired). */
    public static final int MIN_RECERTIFICATION_DAYS = 14;

    private ReinforcementCalendar() {}

    /** On {@code day}, people whose open assignment is due on the returned date get a reminder. */
    public static LocalDate remindDueOn(LocalDate day, int reminderDays) {
        return day.plusDays(reminderDays);
    }

    /** On {@code day}, open assignments due on the returned date have just become overdue. */
    public static LocalDate overdueSinceDueOn(LocalDate day) {
        return day.minusDays(1);
    }

    /** On {@code day}, the refresher {@code offsetDays} after passing is for courses passed on the returned date. */
    public static LocalDate refresherForCompletionsOn(LocalDate day, int offsetDays) {
        return day.minusDays(offsetDays);
    }

    /** On {@code day}, certifications expiring on or before the returned date get their recertification. */
    public static LocalDate recertifyExpiringBy(LocalDate day, int windowDays) {
        return day.plusDays(windowDays);
    }

    /**
     * The due date of a recertification created on {@code day}: the expiry date, but never less than
     * {@link #MIN_RECERTIFICATION_DAYS} away (a certification found late, or already expired).
     */
    public static LocalDate recertificationDue(LocalDate expiresOn, LocalDate day) {
        LocalDate earliest = day.plusDays(MIN_RECERTIFICATION_DAYS);
        return expiresOn.isBefore(earliest) ? earliest : expiresOn;
    }
}
