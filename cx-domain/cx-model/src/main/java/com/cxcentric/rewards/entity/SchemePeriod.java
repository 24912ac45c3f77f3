package com.cxcentric.rewards.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a reward scheme: a calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}),
 * from its first day to its last, both included, in the company's time zone.
 */
public record SchemePeriod(PeriodKind kind, LocalDate start) implements Comparable<SchemePeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public SchemePeriod {
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % kind.months() != 0) {
            throw new IllegalArgumentException(start + " does not start a " + kind);
        }
    }

    /** The period of a kind that contains a day. */
    public static SchemePeriod containing(PeriodKind kind, LocalDate day) {
        int month = (day.getMonthValue() - 1) / kind.months() * kind.months() + 1;
        return new SchemePeriod(kind, LocalDate.of(day.getYear(), month, 1));
    }

    /**
     * A period from its label ({@code 2026-11} for a month, {@code 2026-Q4} for a quarter).
     *
     * @throws IllegalArgumentException when the label does not name a period of the kind
     */
    public static SchemePeriod parse(PeriodKind kind, String label) {
        String text = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        Matcher matcher = (kind == PeriodKind.MONTH ? MONTH : QUARTER).matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "'" + label + "' is not a " + kind.name().toLowerCase(Locale.ROOT) + " (write "
                            + (kind == PeriodKind.MONTH ? "2026-11" : "2026-Q4") + ")");
        }
        int year = Integer.parseInt(matcher.group(1));
        int part = Integer.parseInt(matcher.group(2));
        try {
            return new SchemePeriod(kind, LocalDate.of(year, kind == PeriodKind.MONTH ? part : (part - 1) * 3 + 1, 1));
        } catch (DateTimeException wrong) {
            throw new IllegalArgumentException("'" + label + "' is not a month", wrong);
        }
    }

    public LocalDate end() {
        return start.plusMonths(kind.months()).minusDays(1);
    }

    public SchemePeriod previous() {
        return new SchemePeriod(kind, start.minusMonths(kind.months()));
    }

    public SchemePeriod next() {
        return new SchemePeriod(kind, start.plusMonths(kind.months()));
    }

    /** Whether every day of the period lies before {@code today}: only then can it be granted. */
    public boolean isOverOn(LocalDate today) {
        return end().isBefore(today);
    }

    public String label() {
        return kind == PeriodKind.MONTH
                ? String.format("%04d-%02d", start.getYear(), start.getMonthValue())
                : String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public int compareTo(SchemePeriod other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
