package com.cxcentric.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cxcentric.training.entity.StaggeredDid.Estimate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrainingImpactRoiTest {

    @Test
    void theReturnIsBenefitLessCostOverCostWithTheEffectsIntervalPutThroughTheSameSum() {
        var roi =
                TrainingImpact.Roi.of(new Estimate(5.4, 2.1, 8.7), new BigDecimal("200"), new BigDecimal("50"), "EUR");

        assertEquals(35, roi.percent().effect(), 1e-9, "(5.4 x 50 - 200) / 200");
        assertEquals(-47.5, roi.percent().low(), 1e-9);
        assertEquals(117.5, roi.percent().high(), 1e-9);
        assertEquals("EUR", roi.currency());
    }
}
