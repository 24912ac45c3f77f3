package com.cxcentric.rollout;

import java.util.Arrays;
import java.util.Objects;

/** One org unit's additive counts of one dimension, for the people working in that unit now. */
public record UnitCounts(String dimension, long unitId, long[] counts) {

    public UnitCounts {
        Objects.requireNonNull(dimension, "dimension");
        counts = counts.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitCounts that
                && dimension.equals(that.dimension)
                && unitId == that.unitId
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, unitId, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return dimension + "@" + unitId + Arrays.toString(counts);
    }
}
