package com.cxcentric.segmentation.boundary;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one segment's page: its size week by week and who its current members are. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class SegmentFigures {

    /** Members on one day. */
    public record SizePoint(LocalDate day, long members) {}

    /** A count under a name, for mixes by department. */
    public record Share(String name, long count) {}

    /** Who the current members are: by contact level, department and first-ranked motivator. */
    public record Mix(
            Map<ContactLevel, Long> contactLevels,
            List<Share> departments,
            Map<Motivator, Long> firstMotivators,
            long notRanked) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private BusinessDay businessDay;

    /**
     * Members at the end of each week, from {@code weeks} weeks ago to today, from the stored
     * stays: two grouped queries (joins per day, leaves per day) and a running sum.
     */
    public List<SizePoint> sizeOverTime(long id, int weeks) {
        Segments.active(em, id);
        TreeMap<LocalDate, Long> joins = perDay(
                "SELECT m.joinedOn, COUNT(m) FROM SegmentMembership m WHERE"
                        + " m.segmentId = :segment GROUP BY m.joinedOn",
                id);
        TreeMap<LocalDate, Long> leaves = perDay(
                "SELECT m.leftOn, COUNT(m) FROM SegmentMembership m WHERE"
                        + " m.segmentId = :segment AND m.leftOn IS NOT NULL GROUP BY m.leftOn",
                id);
        LocalDate today = businessDay.today();
        List<SizePoint> points = new ArrayList<>();
        for (int week = weeks; week >= 0; week--) {
            LocalDate day = today.minusWeeks(week);
            long joined = joins.headMap(day, true).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            long left = leaves.headMap(day, true).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            points.add(new SizePoint(day, joined - left));
        }
        return points;
    }

    private TreeMap<LocalDate, Long> perDay(String jpql, long id) {
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("segment", id)
                .getResultList()
                .forEach(row -> counts.put((LocalDate) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The current members by contact level, department and first-ranked motivator. */
    public Mix mix(long id) {
        Segments.active(em, id);
        Map<ContactLevel, Long> levels = new EnumMap<>(ContactLevel.class);
        for (ContactLevel level : ContactLevel.values()) {
            levels.put(level, 0L);
        }
        grouped(
                        "SELECT e.contactLevel, COUNT(m) FROM SegmentMembership m JOIN m.employee e WHERE"
                                + Segments.CURRENT + " GROUP BY e.contactLevel",
                        id)
                .forEach(row -> levels.put((ContactLevel) row[0], ((Number) row[1]).longValue()));

        Map<Long, OrgUnit> departmentOfUnit = tree.departmentOfEachUnit();
        Map<String, Long> departments = new HashMap<>();
        grouped(
                        "SELECT e.orgUnit.id, COUNT(m) FROM SegmentMembership m JOIN m.employee e WHERE"
                                + Segments.CURRENT + " GROUP BY e.orgUnit.id",
                        id)
                .forEach(row -> {
                    OrgUnit department = row[0] == null ? null : departmentOfUnit.get(((Number) row[0]).longValue());
                    departments.merge(
                            department == null ? "" : department.getName(), ((Number) row[1]).longValue(), Long::sum);
                });
        List<Share> byDepartment = departments.entrySet().stream()
                .map(d -> new Share(d.getKey(), d.getValue()))
                .sorted((x, y) -> Long.compare(y.count(), x.count()))
                .toList();

        Map<Motivator, Long> motivators = new EnumMap<>(Motivator.class);
        for (Motivator motivator : Motivator.values()) {
            motivators.put(motivator, 0L);
        }
        // Native: JPQL's INDEX() on a collection reached through another entity is not reliable here.
        @SuppressWarnings("unchecked")
        List<Object[]> firstChoices = em.createNativeQuery("SELECT r.motivator, COUNT(*) FROM segment_membership m JOIN"
                        + " employee_motivator r ON r.employee_id = m.employee_id AND r.preference_rank = 0"
                        + " WHERE m.segment_id = ?1 AND m.left_on IS NULL GROUP BY r.motivator")
                .setParameter(1, id)
                .getResultList();
        firstChoices.forEach(row -> motivators.put(Motivator.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        long members = levels.values().stream().mapToLong(Long::longValue).sum();
        long ranked = motivators.values().stream().mapToLong(Long::longValue).sum();
        return new Mix(levels, byDepartment, motivators, members - ranked);
    }

    private List<Object[]> grouped(String jpql, long id) {
        return em.createQuery(jpql, Object[].class).setParameter("segment", id).getResultList();
    }
}
