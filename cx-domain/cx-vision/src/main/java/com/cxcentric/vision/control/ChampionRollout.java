package com.cxcentric.vision.control;

import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The champions' heatmap columns: how many customer champions work in a unit (among its people), and
 * the share of the ideas its people raised that the department has answered. Both count people
 * where they work now; someone who left is neither a champion nor counted.
 */
@ApplicationScoped
public class ChampionRollout implements RolloutContributor {

    public static final RolloutDimension CHAMPIONS =
            new RolloutDimension("CHAMPIONS_NAMED", "vision", 11, Formula.COUNT, 2, 1, 5);
    public static final RolloutDimension IDEAS_ANSWERED =
            new RolloutDimension("IDEAS_ANSWERED", "vision", 12, Formula.PERCENT, 80, 50, 3);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(CHAMPIONS, IDEAS_ANSWERED);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        List<UnitCounts> counts = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT e.org_unit_id, COUNT(c.employee_id), COUNT(*) FROM employee e"
                        + " LEFT JOIN (SELECT DISTINCT employee_id FROM champion) c ON c.employee_id = e.id"
                        + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL GROUP BY e.org_unit_id")
                .getResultList()) {
            Object[] row = (Object[]) r;
            counts.add(new UnitCounts(CHAMPIONS.code(), number(row[0]), new long[] {number(row[1]), number(row[2])}));
        }
        for (Object r : em.createNativeQuery("SELECT e.org_unit_id,"
                        + " SUM(CASE WHEN i.status = 'RAISED' THEN 0 ELSE 1 END), COUNT(*)"
                        + " FROM improvement_idea i JOIN employee e ON e.id = i.raised_by_id"
                        + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL GROUP BY e.org_unit_id")
                .getResultList()) {
            Object[] row = (Object[]) r;
            counts.add(
                    new UnitCounts(IDEAS_ANSWERED.code(), number(row[0]), new long[] {number(row[1]), number(row[2])}));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
