package com.cxcentric.training.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stored life of an assignment: assigned, then in progress from the first lesson opened, then
 * completed (quiz passed) or failed (attempts used up; another attempt granted puts it back in
 * progress). Cancelled when the person leaves. Completed and cancelled are final. Overdue is not a
 * status but a reading of the due date, see {@link TrainingState}.
 */
public enum AssignmentStatus {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** Whether this status may change into {@code next}. */
    public boolean canMoveTo(AssignmentStatus next) {
        return allowedNext().contains(next);
    }

    /** Whether the person still has the course to do (open assignments block a second one). */
    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS || this == FAILED;
    }

    private Set<AssignmentStatus> allowedNext() {
        return switch (this) {
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, FAILED, CANCELLED);
            case FAILED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(AssignmentStatus.class);
        };
    }
}
