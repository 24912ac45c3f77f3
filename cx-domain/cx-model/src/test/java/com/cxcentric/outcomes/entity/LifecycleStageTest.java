package com.cxcentric.outcomes.entity;

import static com.cxcentric.outcomes.entity.LifecycleStage.ADVOCATE;
import static com.cxcentric.outcomes.entity.LifecycleStage.AT_RISK;
import static com.cxcentric.outcomes.entity.LifecycleStage.LOYAL;
import static com.cxcentric.outcomes.entity.LifecycleStage.SATISFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lifecycle rule of docs/METRICS.md: the first stage whose rule holds, in order. */
class LifecycleStageTest {

    @Test
    void aDetractorALowCsatOrAnUnrecoveredComplaintPutsAtRiskWhateverElseHolds() {
        assertEquals(AT_RISK, LifecycleStage.of(6, 10, null, false, true));
        assertEquals(AT_RISK, LifecycleStage.of(10, 10, 2, false, true));
        assertEquals(AT_RISK, LifecycleStage.of(10, 10, 5, true, true));
    }

    @Test
    void aPromoterWhoPraisedOrReferredIsAnAdvocateBeforeLoyal() {
        assertEquals(ADVOCATE, LifecycleStage.of(9, 10, 5, false, true));
        assertEquals(ADVOCATE, LifecycleStage.of(10, null, null, false, true));
    }

    @Test
    void twoPromotersInARowAreLoyalOneIsNot() {
        assertEquals(LOYAL, LifecycleStage.of(9, 9, null, false, false));
        assertEquals(SATISFIED, LifecycleStage.of(9, 8, null, false, false));
        assertEquals(SATISFIED, LifecycleStage.of(10, null, null, false, false));
    }

    @Test
    void everyoneElseWeHeardFromIsSatisfied() {
        assertEquals(SATISFIED, LifecycleStage.of(7, 3, 3, false, false), "the latest answer counts, not an older one");
        assertEquals(SATISFIED, LifecycleStage.of(null, null, 4, false, false));
        assertEquals(SATISFIED, LifecycleStage.of(null, null, null, false, true), "praise without an NPS");
        assertEquals(SATISFIED, LifecycleStage.of(null, null, null, false, false));
    }
}
