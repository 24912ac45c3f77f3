package com.cxcentric.rewards.entity;

/** Where a report of a recognition stands: waiting for HR, kept, or hidden from the feed. */
public enum ReportStatus {
    OPEN,
    KEPT,
    HIDDEN
}
