package com.cxcentric.outcomes.entity;

/** Whether a follow-up won the customer back, as the team lead judged it after the contact. */
public enum Recovery {
    RECOVERED,
    NOT_RECOVERED,
    /** Contacted, outcome not known yet: the follow-up stays open. */
    PENDING
}
