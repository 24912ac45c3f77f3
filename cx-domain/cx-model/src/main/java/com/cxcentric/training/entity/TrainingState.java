package com.cxcentric.training.entity;

import java.time.LocalDate;

/**
 * What a person and their lead see of an assignment on a given day: the stored status, with
 * overdue read off the due date (an open assignment past its due date, however far it got).
 */
public enum TrainingState {
    ASSIGNED,
    IN_PROGRESS,
    OVERDUE,
    FAILED,
    COMPLETED,
    CANCELLED;

    /** The state of an assignment with this status and due date on {@code today}. */
    public static TrainingState of(AssignmentStatus status, LocalDate dueOn, LocalDate today) {
        if (status.isOpen() && status != AssignmentStatus.FAILED && dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return switch (status) {
            case ASSIGNED -> ASSIGNED;
            case IN_PROGRESS -> IN_PROGRESS;
            case FAILED -> FAILED;
            case COMPLETED -> COMPLETED;
            case CANCELLED -> CANCELLED;
        };
    }
}
