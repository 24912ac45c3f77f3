package com.cxcentric.rewards.entity;

/** Who decides a stage of an approval, in the order stages come. */
public enum Approver {
    /** The lead of the person's own unit. */
    TEAM_LEAD,
    /** The lead of the department the person's unit belongs to. */
    DEPARTMENT_HEAD,
    /** Anyone in HR. */
    HR
}
