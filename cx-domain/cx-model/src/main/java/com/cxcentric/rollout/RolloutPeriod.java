package com.cxcentric.rollout;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a rollout figure looks at: the rollout began on {@code start} (the first vision
 * published); "before" is the {@link #WINDOW_DAYS} days before it, "recent" the window ending today.
 * A figure of the state today (acknowledged, certified) reads {@code today} only.
 */
public record RolloutPeriod(LocalDate start, LocalDate today) {

    public static final int WINDOW_DAYS = 90;

    public RolloutPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(today, "today");
    }

    public LocalDate beforeFrom() {
        return start.minusDays(WINDOW_DAYS);
    }

    public LocalDate beforeTo() {
        return start.minusDays(1);
    }

    public LocalDate recentFrom() {
        return today.minusDays(WINDOW_DAYS - 1L);
    }
}
