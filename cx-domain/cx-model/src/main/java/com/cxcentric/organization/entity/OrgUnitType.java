package com.cxcentric.organization.entity;

/** Levels of the org hierarchy, from the top down. */
public enum OrgUnitType {
    COMPANY,
    DIVISION,
    DEPARTMENT,
    TEAM
}
