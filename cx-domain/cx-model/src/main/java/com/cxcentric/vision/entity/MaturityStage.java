package com.cxcentric.vision.entity;

/**
 * The five stages of the CX maturity model the portal uses (the XM Institute's: docs/METRICS.md
 * says why), from the first look at customer experience to an organisation that runs on it.
 */
public enum MaturityStage {
    INVESTIGATE,
    INITIATE,
    MOBILIZE,
    SCALE,
    EMBED;

    /** The stage of a mean answer from 1 to 5: each stage covers one point, the top one its upper end. */
    public static MaturityStage of(double mean) {
        if (mean < 1 || mean > 5) {
            throw new IllegalArgumentException("A mean answer lies between 1 and 5, was " + mean);
        }
        return values()[Math.min(4, (int) Math.floor(mean) - 1)];
    }

    /** The stage's number, 1 to 5. */
    public int level() {
        return ordinal() + 1;
    }
}
