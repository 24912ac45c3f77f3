package com.cxcentric.rewards.entity;

import java.util.Arrays;

/**
 * How evenly recognition is spread over people: the Gini coefficient (0 when everyone received
 * the same, towards 1 when one person received everything), the share of all that the top tenth
 * received, and the Lorenz curve both come from. Everyone counts, those who received nothing
 * included; an empty group or one where nobody received anything has no figure (null).
 */
public final class Equity {

    private Equity() {}

    /**
     * The Gini coefficient of the values: G = 2·Σ i·x(i) / (n·Σ x) − (n + 1) / n over the values
     * sorted ascending, i from 1 (the mean absolute difference over twice the mean).
     */
    public static Double gini(long[] values) {
        long[] sorted = sorted(values);
        long total = Arrays.stream(sorted).sum();
        if (sorted.length == 0 || total == 0) {
            return null;
        }
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            weighted += (double) (i + 1) * sorted[i];
        }
        int n = sorted.length;
        return 2 * weighted / ((double) n * total) - (n + 1.0) / n;
    }

    /** The share (0 to 1) of the total that the top {@code fraction} of people received, at least one person. */
    public static Double topShare(long[] values, double fraction) {
        long[] sorted = sorted(values);
        long total = Arrays.stream(sorted).sum();
        if (sorted.length == 0 || total == 0) {
            return null;
        }
        int top = Math.max(1, (int) Math.ceil(sorted.length * fraction));
        long theirs = 0;
        for (int i = sorted.length - top; i < sorted.length; i++) {
            theirs += sorted[i];
        }
        return (double) theirs / total;
    }

    /**
     * The Lorenz curve at {@code steps} + 1 even points: at k/steps of the people (those who
     * received least first), the share of the total they received, from 0 to 1.
     */
    public static double[] lorenz(long[] values, int steps) {
        long[] sorted = sorted(values);
        long total = Arrays.stream(sorted).sum();
        double[] curve = new double[steps + 1];
        if (sorted.length == 0 || total == 0) {
            return curve;
        }
        long[] cumulative = new long[sorted.length + 1];
        for (int i = 0; i < sorted.length; i++) {
            cumulative[i + 1] = cumulative[i] + sorted[i];
        }
        for (int k = 0; k <= steps; k++) {
            double people = (double) sorted.length * k / steps;
            int whole = (int) Math.floor(people);
            double part = whole < sorted.length ? (people - whole) * sorted[whole] : 0;
            curve[k] = (cumulative[whole] + part) / total;
        }
        return curve;
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
