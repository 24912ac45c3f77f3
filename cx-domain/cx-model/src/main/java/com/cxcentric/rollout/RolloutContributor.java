package com.cxcentric.rollout;

import java.util.List;

/**
 * An area's share of the rollout heatmap, a CDI bean of that area's module; it joins the caller's
 * transaction and reads the database set-based (a few grouped queries whatever the company's size).
 */
public interface RolloutContributor {

    /** The dimensions this area owns. */
    List<RolloutDimension> dimensions();

    /**
     * Each org unit's counts of each of this area's dimensions, people counted in the unit they
     * work in now (leavers never); units without any count may be absent.
     */
    List<UnitCounts> counts(RolloutPeriod period);
}
