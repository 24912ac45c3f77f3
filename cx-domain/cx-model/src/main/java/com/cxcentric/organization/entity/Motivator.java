package com.cxcentric.organization.entity;

/**
 * What recognition is worth to a person. Employees rank these on their profile; reward schemes
 * offer what a segment values most.
 */
public enum Motivator {
    MONEY_OR_VOUCHERS,
    TIME_OFF,
    PUBLIC_RECOGNITION,
    LEARNING_BUDGET,
    CHARITY_DONATION,
    GIFT_OR_EXPERIENCE
}
