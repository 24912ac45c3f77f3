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
 * The announcements' heatmap column: of the copies of announcements that asked to be confirmed, sent
 * to the people working in a unit now, the share confirmed.
 */
@ApplicationScoped
public class AnnouncementRollout implements RolloutContributor {

    public static final RolloutDimension CONFIRMED =
            new RolloutDimension("ANNOUNCEMENTS_CONFIRMED", "vision", 14, Formula.PERCENT, 90, 70, 5);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(CONFIRMED);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        List<UnitCounts> counts = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT e.org_unit_id,"
                        + " SUM(CASE WHEN r.confirmed_at IS NULL THEN 0 ELSE 1 END), COUNT(*)"
                        + " FROM announcement_recipient r JOIN announcement a ON a.id = r.announcement_id"
                        + " JOIN employee e ON e.id = r.employee_id"
                        + " WHERE a.confirm_requested = TRUE AND e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL"
                        + " GROUP BY e.org_unit_id")
                .getResultList()) {
            Object[] row = (Object[]) r;
            counts.add(new UnitCounts(CONFIRMED.code(), ((Number) row[0]).longValue(), new long[] {
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue()
            }));
        }
        return counts;
    }
}
