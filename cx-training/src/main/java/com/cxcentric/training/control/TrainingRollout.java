package com.cxcentric.training.control;

import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Training's heatmap columns: the share of the people working here now who have the whole starter
 * curriculum assigned, completed and certified (a certificate valid today), and the share of the
 * behaviours coaches observed in the latest window that were shown (Kirkpatrick level 3).
 */
@ApplicationScoped
public class TrainingRollout implements RolloutContributor {

    public static final RolloutDimension ASSIGNED =
            new RolloutDimension("CURRICULUM_ASSIGNED", "training", 20, Formula.PERCENT, 95, 80, 5);
    public static final RolloutDimension COMPLETED =
            new RolloutDimension("CURRICULUM_COMPLETED", "training", 21, Formula.PERCENT, 80, 60, 5);
    public static final RolloutDimension CERTIFIED =
            new RolloutDimension("CURRICULUM_CERTIFIED", "training", 22, Formula.PERCENT, 70, 50, 5);
    public static final RolloutDimension COACHING =
            new RolloutDimension("COACHING_SHOWN", "training", 23, Formula.PERCENT, 80, 65, 10);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(ASSIGNED, COMPLETED, CERTIFIED, COACHING);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        String courses =
                String.join(", ", StarterCurriculum.CODES.stream().map(c -> "?").toList());
        int all = StarterCurriculum.CODES.size();
        Query curriculum = em.createNativeQuery("SELECT e.org_unit_id, COUNT(*),"
                + " SUM(CASE WHEN COALESCE(t.assigned, 0) = " + all + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN COALESCE(t.completed, 0) = " + all + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN COALESCE(c.certified, 0) = " + all + " THEN 1 ELSE 0 END)"
                + " FROM employee e"
                + " LEFT JOIN (SELECT a.employee_id, COUNT(DISTINCT a.course_code) AS assigned,"
                + " COUNT(DISTINCT CASE WHEN a.status = 'COMPLETED' THEN a.course_code END) AS completed"
                + " FROM assignment a WHERE a.status <> 'CANCELLED' AND a.course_code IN (" + courses + ")"
                + " GROUP BY a.employee_id) t ON t.employee_id = e.id"
                + " LEFT JOIN (SELECT x.employee_id, COUNT(DISTINCT x.course_code) AS certified FROM certification x"
                + " WHERE x.course_code IN (" + courses + ") AND (x.expires_on IS NULL OR x.expires_on >= ?)"
                + " GROUP BY x.employee_id) c ON c.employee_id = e.id"
                + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL GROUP BY e.org_unit_id");
        int i = 0;
        for (String code : StarterCurriculum.CODES) {
            curriculum.setParameter(++i, code);
        }
        for (String code : StarterCurriculum.CODES) {
            curriculum.setParameter(++i, code);
        }
        curriculum.setParameter(++i, Date.valueOf(period.today()));
        List<UnitCounts> counts = new ArrayList<>();
        for (Object result : curriculum.getResultList()) {
            Object[] row = (Object[]) result;
            long unit = number(row[0]);
            long people = number(row[1]);
            counts.add(new UnitCounts(ASSIGNED.code(), unit, new long[] {number(row[2]), people}));
            counts.add(new UnitCounts(COMPLETED.code(), unit, new long[] {number(row[3]), people}));
            counts.add(new UnitCounts(CERTIFIED.code(), unit, new long[] {number(row[4]), people}));
        }
        for (Object result : em.createNativeQuery("SELECT e.org_unit_id, SUM(o.behaviours_met), SUM(o.behaviours_seen)"
                        + " FROM coaching_observation o JOIN employee e ON e.id = o.employee_id"
                        + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL"
                        + " AND o.observed_on >= ? AND o.observed_on <= ? GROUP BY e.org_unit_id")
                .setParameter(1, Date.valueOf(period.recentFrom()))
                .setParameter(2, Date.valueOf(period.today()))
                .getResultList()) {
            Object[] row = (Object[]) result;
            counts.add(new UnitCounts(COACHING.code(), number(row[0]), new long[] {number(row[1]), number(row[2])}));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
