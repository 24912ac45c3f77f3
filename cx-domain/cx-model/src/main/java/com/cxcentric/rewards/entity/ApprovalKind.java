package com.cxcentric.rewards.entity;

/** What waits for approval. */
public enum ApprovalKind {
    /** A colleague nominated for points from their unit's budget, with a reason and a company value. */
    NOMINATION,
    /** A reward scheme's award above the approval limit. */
    AWARD,
    /** A reward outside the catalog a person asks for with their own received points. */
    REWARD
}
