package com.cxcentric.rewards.control;

import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewards' heatmap column: recognitions received in the latest window per person working here now
 * (one recognition of three colleagues counts once for each of them).
 */
@ApplicationScoped
public class RecognitionRollout implements RolloutContributor {

    public static final RolloutDimension PER_HEAD =
            new RolloutDimension("RECOGNITION_PER_HEAD", "rewards", 30, Formula.PER_HEAD, 1.0, 0.5, 5);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(PER_HEAD);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        List<UnitCounts> counts = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT e.org_unit_id, SUM(COALESCE(r.received, 0)), COUNT(*)"
                        + " FROM employee e LEFT JOIN (SELECT rr.employee_id, COUNT(*) AS received"
                        + " FROM recognition_recipient rr JOIN recognition g ON g.id = rr.recognition_id"
                        + " WHERE g.created_at >= ? GROUP BY rr.employee_id) r ON r.employee_id = e.id"
                        + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL GROUP BY e.org_unit_id")
                .setParameter(1, Timestamp.valueOf(period.recentFrom().atStartOfDay()))
                .getResultList()) {
            Object[] row = (Object[]) result;
            counts.add(new UnitCounts(PER_HEAD.code(), ((Number) row[0]).longValue(), new long[] {
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue()
            }));
        }
        return counts;
    }
}
