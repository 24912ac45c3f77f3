package com.cxcentric.segmentation.entity;

import java.time.LocalDate;

/**
 * Fired (as a CDI event, inside the recompute's transaction) when people joined or left a segment,
 * so that other areas, such as training rules for a segment's members, can follow.
 */
public record SegmentMembershipChanged(long segmentId, LocalDate day, int joined, int left) {}
