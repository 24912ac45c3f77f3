package com.cxcentric.rollout;

/** How a dimension's additive counts become its figure and the sample it rests on. */
public enum Formula {
    /** Counts {@code {part, whole}}: {@code 100 · part / whole} per cent, resting on the whole. */
    PERCENT(2),
    /** Counts {@code {total, people}}: {@code total / people}, resting on the people. */
    PER_HEAD(2),
    /** Counts {@code {count, people}}: the count itself (champions named), resting on the people. */
    COUNT(2),
    /**
     * Counts {@code {before, netBefore, since, netSince}} of a score defined as {@code 100 · net / n}
     * (NPS: net = promoters − detractors; a percentage: net = those who count): the change in points
     * from the window before the rollout to the latest one, resting on the smaller of the two samples.
     */
    SCORE_CHANGE(4);

    private final int counts;

    Formula(int counts) {
        this.counts = counts;
    }

    /** How many counts each unit hands over. */
    public int counts() {
        return counts;
    }

    /** The figure, or null when there is nothing to divide by. */
    public Double value(long[] c) {
        return switch (this) {
            case PERCENT -> c[1] == 0 ? null : 100.0 * c[0] / c[1];
            case PER_HEAD -> c[1] == 0 ? null : (double) c[0] / c[1];
            case COUNT -> (double) c[0];
            case SCORE_CHANGE -> c[0] == 0 || c[2] == 0 ? null : 100.0 * c[3] / c[2] - 100.0 * c[1] / c[0];
        };
    }

    /** What the figure rests on. */
    public long sample(long[] c) {
        return switch (this) {
            case PERCENT, PER_HEAD, COUNT -> c[1];
            case SCORE_CHANGE -> Math.min(c[0], c[2]);
        };
    }
}
