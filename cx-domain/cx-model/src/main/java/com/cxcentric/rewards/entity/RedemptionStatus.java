package com.cxcentric.rewards.entity;

/** Where a redemption stands: asked for with the points reserved, handed over, or refused with the points back. */
public enum RedemptionStatus {
    PENDING,
    SETTLED,
    REFUSED
}
