package com.cxcentric.rewards.entity;

/**
 * A badge as HR writes it: {@code courseCode} for {@link BadgeRule#COURSE_CERTIFIED},
 * {@code schemeCode} and {@code streak} for {@link BadgeRule#SCHEME_STREAK}; {@code validMonths}
 * null for a badge that holds for good.
 */
public record BadgeDefinition(
        String code,
        String name,
        String criteria,
        String icon,
        String colour,
        BadgeRule rule,
        String courseCode,
        String schemeCode,
        Integer streak,
        Integer validMonths,
        boolean active) {}
