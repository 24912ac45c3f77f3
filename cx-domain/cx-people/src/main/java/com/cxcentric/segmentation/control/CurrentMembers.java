package com.cxcentric.segmentation.control;

import com.cxcentric.platform.Offered;

/**
 * "The current members of a segment", offered by the people area once for every set-based query
 * of the areas above it (who is assigned a segment's training, whose outcomes a segment's figures
 * count). Each condition takes the employee id column of the caller's query and binds its
 * parameters in the order given, so that membership is written in one place only.
 */
@Offered
public final class CurrentMembers {

    private static final String CURRENT =
            " IN (SELECT m.employee_id FROM segment_membership m WHERE m.segment_id = ? AND m.left_on IS NULL";

    private CurrentMembers() {}

    /** True for a current member of the segment; one parameter: the segment id. */
    public static String of(String employeeIdColumn) {
        return employeeIdColumn + CURRENT + ")";
    }

    /** JPQL: the {@code SegmentMembership} stay called {@code alias} is a current one (not left). */
    public static String currentStay(String alias) {
        return alias + ".leftOn IS NULL";
    }

    /** True for a current member who joined on the day; parameters: the segment id, the day. */
    public static String joinedOn(String employeeIdColumn) {
        return employeeIdColumn + CURRENT + " AND m.joined_on = ?)";
    }
}
