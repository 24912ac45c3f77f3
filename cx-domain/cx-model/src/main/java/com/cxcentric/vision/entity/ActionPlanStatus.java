package com.cxcentric.vision.entity;

/** Where an action plan stands; complete and cancelled are no longer open. */
public enum ActionPlanStatus {
    NOT_STARTED,
    ON_HOLD,
    IN_PROGRESS,
    COMPLETE,
    CANCELLED;

    /** Whether the plan is still to be carried out (and can be overdue). */
    public boolean open() {
        return this == NOT_STARTED || this == ON_HOLD || this == IN_PROGRESS;
    }
}
