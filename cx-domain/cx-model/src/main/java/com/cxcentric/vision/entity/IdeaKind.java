package com.cxcentric.vision.entity;

/** What a champion brings from the front line. */
public enum IdeaKind {
    /** Something that stands in the customer's way, seen at the front line. */
    OBSERVATION,
    /** A proposal to change how the department serves its customers. */
    IDEA
}
