package com.cxcentric.vision.control;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.platform.control.PlannerStatistics;
import com.cxcentric.vision.entity.Announcement;
import com.cxcentric.vision.entity.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an announcement reaches and how far it got, set-based whatever the audience's size: one
 * recipient row per current person of the audience when it is published (each told once), then
 * seen and confirmed per person, each only the first time.
 */
@ApplicationScoped
public class Announcing {

    /** How far an announcement got: recipients, how many saw it, how many confirmed it. */
    public record Reach(long recipients, long seen, long confirmed) {}

    /** One person's copy of an announcement. */
    public record Copy(Instant seenAt, Instant confirmedAt) {}

    private static final int BULK = 1000;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    @Inject
    private OrgTree tree;

    /** Delivers a published announcement to every current person of its audience and tells them; how many. */
    public int deliver(Announcement announcement) {
        em.flush();
        List<Object> parameters = new ArrayList<>(List.of(announcement.getId()));
        String audience = "";
        if (announcement.getAudience() == Audience.UNIT) {
            Set<Long> units = tree.subtreeOf(List.of(announcement.getUnit().getId()));
            audience = " AND e.org_unit_id IN ("
                    + units.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        } else if (announcement.getAudience() == Audience.SEGMENT) {
            audience = " AND EXISTS (SELECT 1 FROM segment_membership m WHERE m.segment_id = ?"
                    + " AND m.employee_id = e.id AND m.left_on IS NULL)";
            parameters.add(announcement.getSegment().getId());
        }
        int delivered = bind(
                        em.createNativeQuery("INSERT INTO announcement_recipient (announcement_id, employee_id)"
                                + " SELECT ?, e.id FROM employee e WHERE e.status <> 'LEFT'" + audience),
                        parameters.toArray())
                .executeUpdate();
        if (delivered >= BULK) {
            try {
                PlannerStatistics.analyze(em.unwrap(Connection.class), Set.of("announcement_recipient"));
            } catch (SQLException failed) {
                throw new PersistenceException("Refreshing planner statistics failed: " + failed.getMessage(), failed);
            }
        }
        notifications.write(
                NotificationKind.ANNOUNCEMENT,
                "SELECT r.employee_id, NULL, NULL, a.title, NULL,"
                        + " CONCAT(CAST(a.id AS VARCHAR(20)), CONCAT(':', CAST(r.employee_id AS VARCHAR(20))))"
                        + " FROM announcement_recipient r JOIN announcement a ON a.id = r.announcement_id"
                        + " WHERE r.announcement_id = CAST(? AS BIGINT)",
                List.of(announcement.getId()),
                Instant.now());
        return delivered;
    }

    /** Notes that the people had the announcements in front of them (the first time only). */
    public void seen(List<Long> announcementIds, long employeeId, Instant at) {
        if (announcementIds.isEmpty()) {
            return;
        }
        bind(
                        em.createNativeQuery("UPDATE announcement_recipient SET seen_at = ? WHERE employee_id = ?"
                                + " AND seen_at IS NULL AND announcement_id IN ("
                                + Jdbc.marks(announcementIds.size()) + ")"),
                        concat(List.of(Timestamp.from(at), employeeId), announcementIds))
                .executeUpdate();
    }

    /** Records the person's confirmation (and that they saw it); again changes nothing. */
    public void confirm(long announcementId, long employeeId, Instant at) {
        bind(
                        em.createNativeQuery("UPDATE announcement_recipient SET confirmed_at = ?,"
                                + " seen_at = COALESCE(seen_at, ?)"
                                + " WHERE announcement_id = ? AND employee_id = ? AND confirmed_at IS NULL"),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        announcementId,
                        employeeId)
                .executeUpdate();
    }

    /** The person's copy, or null when the announcement did not go to them. */
    public Copy copy(long announcementId, long employeeId) {
        List<?> rows = bind(
                        em.createNativeQuery("SELECT seen_at, confirmed_at FROM announcement_recipient"
                                + " WHERE announcement_id = ? AND employee_id = ?"),
                        announcementId,
                        employeeId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Copy(Jdbc.instant(row[0]), Jdbc.instant(row[1]));
    }

    /** How far the announcement got among the people it went to who still work here. */
    public Reach reach(long announcementId) {
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN r.seen_at IS NULL THEN 0 ELSE 1 END),"
                                + " SUM(CASE WHEN r.confirmed_at IS NULL THEN 0 ELSE 1 END)"
                                + " FROM announcement_recipient r JOIN employee e ON e.id = r.employee_id"
                                + " WHERE r.announcement_id = ? AND e.status <> 'LEFT'"),
                        announcementId)
                .getSingleResult();
        return new Reach(number(row[0]), number(row[1]), number(row[2]));
    }

    private static List<Object> concat(List<Object> first, List<Long> rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    private static Query bind(Query query, Object... parameters) {
        return bind(query, List.of(parameters));
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
