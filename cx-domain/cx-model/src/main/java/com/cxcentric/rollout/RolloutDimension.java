package com.cxcentric.rollout;

import java.util.Objects;

/**
 * One column of the rollout heatmap: its code (a message key {@code RolloutDimension.<code>}), the
 * area that owns it, where it stands among the columns, how its counts become a figure, the target
 * (on target at or above it), the figure from which it is close (amber, below it behind) and the
 * least sample a coloured cell needs.
 */
public record RolloutDimension(
        String code, String area, int order, Formula formula, double target, double closeFrom, long minimumSample) {

    public RolloutDimension {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(formula, "formula");
        if (closeFrom > target || minimumSample < 1) {
            throw new IllegalArgumentException("Dimension " + code + ": close from " + closeFrom + " above target "
                    + target + " or minimum sample " + minimumSample + " below 1");
        }
    }

    /** How a figure resting on a sample rates against the target. */
    public Rating rate(Double value, long sample) {
        if (value == null || sample < minimumSample) {
            return Rating.NO_DATA;
        }
        if (value >= target) {
            return Rating.ON_TARGET;
        }
        return value >= closeFrom ? Rating.CLOSE : Rating.BEHIND;
    }
}
