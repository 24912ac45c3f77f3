package com.cxcentric.rewards.entity;

/** What an approver decided at their stage. */
public enum ApprovalDecision {
    APPROVED,
    REFUSED
}
