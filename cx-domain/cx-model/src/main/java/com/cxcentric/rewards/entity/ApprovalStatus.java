package com.cxcentric.rewards.entity;

/** Where an approval request stands. */
public enum ApprovalStatus {
    WAITING,
    APPROVED,
    REFUSED
}
