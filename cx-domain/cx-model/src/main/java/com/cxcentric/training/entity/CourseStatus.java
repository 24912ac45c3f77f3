package com.cxcentric.training.entity;

/** Where a course revision is in its life: edited, taken by people, or withdrawn. */
public enum CourseStatus {
    /** Being written; nobody can be assigned it. Only a draft can be changed. */
    DRAFT,
    /** Assignable and immutable: changing it makes the next revision. */
    PUBLISHED,
    /** No new assignments; everyone who took it keeps their certificate. */
    RETIRED
}
