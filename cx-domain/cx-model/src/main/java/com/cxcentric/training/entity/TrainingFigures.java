package com.cxcentric.training.entity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The arithmetic behind the training reports and coaching trends, in one place so that every page,
 * export and API answer rounds the same way.
 */
public final class TrainingFigures {

    /** Width of a score bucket in the quiz score distribution; the last bucket also holds 100. */
    public static final int BUCKET_WIDTH = 10;

    public static final int BUCKETS = 100 / BUCKET_WIDTH;

    private TrainingFigures() {}

    /** {@code part} of {@code whole} in whole percent, rounded half up; null when {@code whole} is 0. */
    public static Integer percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return (int) ((part * 200 + whole) / (2 * whole));
    }

    /** The bucket (0 to {@value #BUCKETS} - 1) of a quiz score 0 to 100: 0-9, 10-19, ..., 90-100. */
    public static int bucketOf(int scorePercent) {
        if (scorePercent < 0 || scorePercent > 100) {
            throw new IllegalArgumentException("A score is 0 to 100, was " + scorePercent);
        }
        return Math.min(scorePercent / BUCKET_WIDTH, BUCKETS - 1);
    }

    /**
     * How a person stands on a competency, from their certifications of courses teaching it:
     * {@code neverExpires} when one of them has no expiry, else the latest expiry date (null: none
     * at all). Empty: no certification.
     */
    public static Optional<CertificationState> standing(
            boolean neverExpires, LocalDate latestExpiry, LocalDate today, int windowDays) {
        if (neverExpires) {
            return Optional.of(CertificationState.VALID);
        }
        if (latestExpiry == null) {
            return Optional.empty();
        }
        return Optional.of(CertificationState.of(latestExpiry, today, windowDays));
    }
}
