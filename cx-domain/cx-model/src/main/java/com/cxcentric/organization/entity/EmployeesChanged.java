package com.cxcentric.organization.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired (as a CDI event, inside the import's transaction) once an import or an edit has written
 * employees: how many were created, updated or marked as left, and who when only some are known
 * ({@code only}; empty for an import, which may touch anyone). The other areas follow in their own
 * observers, in this order: segmentation recomputes the memberships (priority {@link #SEGMENTS}),
 * training cancels what leavers still had to do ({@link #TRAINING}), outcomes attributes the
 * feedback that named people before they were known ({@link #OUTCOMES}), the vision asks joiners
 * to read it ({@link #VISION}).
 */
public record EmployeesChanged(LocalDate day, int created, int updated, int left, Set<Long> only) {

    public EmployeesChanged {
        only = Set.copyOf(only);
    }

    /** An import: anyone may have changed. */
    public static EmployeesChanged byImport(LocalDate day, int created, int updated, int left) {
        return new EmployeesChanged(day, created, updated, left, Set.of());
    }

    /** One person changed something about themselves (their ranked motivators). */
    public static EmployeesChanged oneUpdated(LocalDate day, long employeeId) {
        return new EmployeesChanged(day, 0, 1, 0, Set.of(employeeId));
    }

    /** Whether the change may concern anyone, rather than only the people in {@link #only()}. */
    public boolean anyone() {
        return only.isEmpty();
    }

    /** Observer priorities (jakarta.annotation.Priority): lower runs first. */
    public static final int SEGMENTS = 1000;

    public static final int TRAINING = 1100;

    public static final int OUTCOMES = 1200;

    public static final int VISION = 1300;
}
