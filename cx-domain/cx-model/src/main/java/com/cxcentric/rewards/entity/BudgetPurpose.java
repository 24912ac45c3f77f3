package com.cxcentric.rewards.entity;

/** Why points were drawn on a budget. */
public enum BudgetPurpose {
    /** A person's monthly giving allowance, drawn on their unit's budget. */
    ALLOWANCE,
    /** A reward scheme's award, drawn on the person's unit's budget. */
    AWARD,
    /** A manager's boost of a recognition. */
    BOOST,
    /** A nomination's points, held while it waits for approval. */
    NOMINATION,
    /** Held points returned when an approval is refused: a negative draw. */
    RETURN;

    /** Whether a fixed budget refuses this past its limit; what people are entitled to always draws. */
    public boolean isDiscretionary() {
        return this == BOOST || this == NOMINATION;
    }
}
