package com.cxcentric.training.entity;

/** Why a person has a course to do. */
public enum AssignmentSource {
    /** HR or a team lead assigned it. */
    MANUAL,
    /** A segment rule assigned it when the person joined the segment. */
    RULE,
    /** The person's certification is about to expire. */
    RECERTIFICATION,
    /** Completed in an earlier learning system and imported by HR (assigned by: that system's name). */
    IMPORTED
}
