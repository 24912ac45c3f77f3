package com.cxcentric.vision.entity;

import java.util.Set;

/**
 * Where a champion's idea stands. Raised until the department answers it; answered means it is
 * being considered, in progress that someone owns the change; acted on and declined are final.
 */
public enum IdeaStatus {
    RAISED,
    ANSWERED,
    IN_PROGRESS,
    ACTED_ON,
    DECLINED;

    /** Whether the department has answered the idea (every status but raised). */
    public boolean answered() {
        return this != RAISED;
    }

    /** Whether the idea is closed: nothing moves it any more. */
    public boolean closed() {
        return this == ACTED_ON || this == DECLINED;
    }

    /** The statuses an answer may move an idea in this status to. */
    public Set<IdeaStatus> next() {
        return switch (this) {
            case RAISED, ANSWERED -> Set.of(ANSWERED, IN_PROGRESS, ACTED_ON, DECLINED);
            case IN_PROGRESS -> Set.of(IN_PROGRESS, ACTED_ON, DECLINED);
            case ACTED_ON, DECLINED -> Set.of();
        };
    }
}
