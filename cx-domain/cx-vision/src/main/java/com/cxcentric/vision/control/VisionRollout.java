package com.cxcentric.vision.control;

import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The vision's heatmap column: the share of the people working here now who confirmed the current version. */
@ApplicationScoped
public class VisionRollout implements RolloutContributor {

    public static final RolloutDimension ACKNOWLEDGED =
            new RolloutDimension("VISION_ACKNOWLEDGED", "vision", 10, Formula.PERCENT, 90, 70, 5);

    @Inject
    private VisionDrafts drafts;

    @Inject
    private Acknowledgements acknowledgements;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(ACKNOWLEDGED);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        var current = drafts.current();
        if (current.isEmpty()) {
            return List.of();
        }
        List<UnitCounts> counts = new ArrayList<>();
        for (long[] unit : acknowledgements.byUnit(current.get())) {
            counts.add(new UnitCounts(ACKNOWLEDGED.code(), unit[0], new long[] {unit[3], unit[1]}));
        }
        return counts;
    }
}
