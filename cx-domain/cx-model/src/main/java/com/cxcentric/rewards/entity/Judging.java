package com.cxcentric.rewards.entity;

/** How a person's rate is judged so that a small sample neither wins nor loses by chance (docs/METRICS.md). */
public enum Judging {
    /** Bühlmann credibility: Z = n / (n + k); judged = Z · own + (1 − Z) · team. */
    CREDIBILITY,
    /** The lower end of the 95 % adjusted-Wald interval of the person's own figure. */
    LOWER_BOUND
}
