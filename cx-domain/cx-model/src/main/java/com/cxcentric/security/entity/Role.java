package com.cxcentric.security.entity;

/** The portal's roles. A person may hold several. The names are the security group names. */
public enum Role {
    ADMIN,
    HR,
    TEAM_LEAD,
    EMPLOYEE,
    EXECUTIVE;

    /** Group names as used in {@code @RolesAllowed} and web.xml. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String HR_NAME = "HR";
    public static final String TEAM_LEAD_NAME = "TEAM_LEAD";
    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String EXECUTIVE_NAME = "EXECUTIVE";
}
