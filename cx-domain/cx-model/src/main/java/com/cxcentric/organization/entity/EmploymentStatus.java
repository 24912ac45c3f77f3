package com.cxcentric.organization.entity;

/** Employment status. Leavers are kept so their history stays attributable. */
public enum EmploymentStatus {
    ACTIVE,
    ON_LEAVE,
    LEFT
}
