/**
 * Segment use cases: defining segments (rule, manual members, needs), previewing a rule, the
 * members and figures of a segment, and headcount by segment. May not touch training or rewards;
 * they read segments through the entities and {@code SegmentMembershipChanged}.
 */
package com.cxcentric.segmentation.boundary;
