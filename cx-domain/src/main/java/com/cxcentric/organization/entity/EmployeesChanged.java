package com.cxcentric.organization.entity;

import java.time.LocalDate;

/**
 * Fired (as a CDI event, inside the import's transaction) once an import or an edit has written
 * employees: who was created, updated or marked as left. The other areas follow in their own
 * observers, in this order: segmentation recomputes the memberships (priority {@link #SEGMENTS}),
 * training cancels what leavers still had to do ({@link #TRAINING}), outcomes attributes the
 * feedback that named people before they were known ({@link #OUTCOMES}).
 */
public record EmployeesChanged(LocalDate day, int created, int updated, int left) {

    /** Observer priorities (jakarta.annotation.Priority): lower runs first. */
    public static final int SEGMENTS = 1000;

    public static final int TRAINING = 1100;

    public static final int OUTCOMES = 1200;
}
