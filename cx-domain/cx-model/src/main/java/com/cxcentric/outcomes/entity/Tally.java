package com.cxcentric.outcomes.entity;

/**
 * What one person's (or one team's) figure of a {@link PersonMetric} rests on: the sample, the
 * records that count for it and, for NPS only, those that count against it (detractors). For a
 * count, sample and positive are both the count.
 */
public record Tally(long sample, long positive, long negative) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public Tally {
        if (sample < 0 || positive < 0 || negative < 0 || positive + negative > sample) {
            throw new IllegalArgumentException("Inconsistent tally " + sample + "/" + positive + "/" + negative);
        }
    }

    public static Tally count(long count) {
        return new Tally(count, count, 0);
    }

    /**
     * The tally as a mean of per-record scores on the metric's scale: a record that counts for it
     * scores 100, one against it -100, any other 0; so the rate is {@code 100 (positive - negative) / sample}.
     */
    public double mean() {
        return sample == 0 ? Double.NaN : 100.0 * (positive - negative) / sample;
    }

    /** The sum of the squared per-record scores, for the spread within one person's records. */
    public double sumOfSquares() {
        return 10_000.0 * (positive + negative);
    }
}
