package com.cxcentric.organization.entity;

/** How directly a person works with customers, from the front line to leadership. */
public enum ContactLevel {
    FRONT_LINE,
    CUSTOMER_SUPPORT,
    BACK_OFFICE,
    LEADERSHIP
}
