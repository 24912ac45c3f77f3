package com.cxcentric.rewards.entity;

/** The length of a reward scheme's period: a calendar month or a calendar quarter. */
public enum PeriodKind {
    MONTH(1),
    QUARTER(3);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
