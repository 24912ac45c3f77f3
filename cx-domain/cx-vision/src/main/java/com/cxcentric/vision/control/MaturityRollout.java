package com.cxcentric.vision.control;

import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import com.cxcentric.vision.entity.MaturityStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The maturity column: each department's stage (1 to 5) in its latest self-assessment, counted in
 * the department; a row above departments shows the mean stage of the departments below it.
 */
@ApplicationScoped
public class MaturityRollout implements RolloutContributor {

    public static final RolloutDimension STAGE =
            new RolloutDimension("MATURITY_STAGE", "vision", 15, Formula.PER_HEAD, 3, 2, 1);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(STAGE);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        List<UnitCounts> counts = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT a.department_id, SUM(s.score), COUNT(s.score)"
                        + " FROM maturity_assessment a JOIN maturity_answer s ON s.assessment_id = a.id"
                        + " WHERE a.quarter = (SELECT MAX(b.quarter) FROM maturity_assessment b"
                        + " WHERE b.department_id = a.department_id) GROUP BY a.department_id")
                .getResultList()) {
            Object[] row = (Object[]) r;
            double mean = ((Number) row[1]).doubleValue() / ((Number) row[2]).longValue();
            counts.add(new UnitCounts(STAGE.code(), ((Number) row[0]).longValue(), new long[] {
                MaturityStage.of(mean).level(), 1
            }));
        }
        return counts;
    }
}
