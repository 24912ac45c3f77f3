package com.cxcentric.segmentation.entity;

/** One typed condition on a person; its {@link CriterionType} names it in JSON and in the portal. */
public interface Criterion extends SegmentRule {

    CriterionType type();
}
