package com.cxcentric.outcomes.entity;

/** How the customer met the company at a touchpoint. */
public enum Channel {
    STORE,
    PHONE,
    CHAT,
    EMAIL,
    WEB,
    DELIVERY,
    FIELD_SERVICE
}
