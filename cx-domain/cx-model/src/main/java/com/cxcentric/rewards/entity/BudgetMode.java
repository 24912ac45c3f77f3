package com.cxcentric.rewards.entity;

/** What a budget does with a boost or a nomination past its limit. */
public enum BudgetMode {
    /** Refuses it. */
    FIXED,
    /** Lets it through and warns the budget's owner, once. */
    FLEXIBLE
}
