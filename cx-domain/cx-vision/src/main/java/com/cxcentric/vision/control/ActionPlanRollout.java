package com.cxcentric.vision.control;

import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plans' heatmap column: of a unit's plans (cancelled ones aside), the share on time
 * today: complete, or open and not yet past the due date. A plan counts in the unit it was set for.
 */
@ApplicationScoped
public class ActionPlanRollout implements RolloutContributor {

    public static final RolloutDimension ON_TIME =
            new RolloutDimension("ACTION_PLANS_ON_TIME", "vision", 13, Formula.PERCENT, 90, 70, 3);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(ON_TIME);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        List<UnitCounts> counts = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT p.org_unit_id, SUM(CASE WHEN p.status = 'COMPLETE'"
                        + " OR p.due_on >= ? THEN 1 ELSE 0 END), COUNT(*) FROM action_plan p"
                        + " WHERE p.status <> 'CANCELLED' GROUP BY p.org_unit_id")
                .setParameter(1, Date.valueOf(period.today()))
                .getResultList()) {
            Object[] row = (Object[]) r;
            counts.add(new UnitCounts(ON_TIME.code(), ((Number) row[0]).longValue(), new long[] {
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue()
            }));
        }
        return counts;
    }
}
