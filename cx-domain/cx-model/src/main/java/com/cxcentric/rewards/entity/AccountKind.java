package com.cxcentric.rewards.entity;

/** The accounts of the points ledger: two per person, and the company's own. */
public enum AccountKind {
    /** A person's monthly allowance to give to others: refreshed each month, unspent points expire. */
    GIVING,
    /** The points a person received: never expire, spent on rewards. */
    RECEIVED,
    /** Where every point comes from (its balance is minus all points ever issued). */
    ISSUED,
    /** Where unspent allowance goes at the end of its month. */
    EXPIRED,
    /** Where redeemed points go. */
    REDEEMED,
    /** Points of a nomination or an award waiting for approval: to the person, or back, when decided. */
    HELD;

    /** A person's account, which may never go below zero; the company's accounts may. */
    public boolean isPersonal() {
        return this == GIVING || this == RECEIVED;
    }
}
