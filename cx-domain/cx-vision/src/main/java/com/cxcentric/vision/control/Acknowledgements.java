package com.cxcentric.vision.control;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.platform.control.PlannerStatistics;
import com.cxcentric.vision.entity.AcknowledgementSchedule;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who is asked to read which vision version, and the chasing of those who have not confirmed it,
 * each a few set-based statements whatever the number of people. Every message carries the
 * version and the person in its key, so running a step again never sends it twice.
 */
@ApplicationScoped
public class Acknowledgements {

    /** The counts of one version: asked (current people), seen, acknowledged. */
    public record Progress(long asked, long seen, long acknowledged) {}

    /** One person's acknowledgement of a version; {@code asked} is false for someone never asked. */
    public record Mine(boolean asked, Instant seenAt, Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    private static final String CURRENT = "e.status <> 'LEFT'";
    private static final int BULK = 1000;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    /**
     * Asks every current employee not asked yet to read the version (all of them when it was just
     * published, the joiners afterwards) and tells them.
     *
     * @return how many were asked now
     */
    public int askEveryoneNotAsked(VisionVersion version, LocalDate today) {
        int asked = bind(
                        em.createNativeQuery(
                                "INSERT INTO vision_acknowledgement (vision_version_id, employee_id, asked_on)"
                                        + " SELECT ?, e.id, ? FROM employee e WHERE " + CURRENT
                                        + " AND NOT EXISTS (SELECT 1 FROM vision_acknowledgement a"
                                        + " WHERE a.vision_version_id = ? AND a.employee_id = e.id)"),
                        version.getId(),
                        Date.valueOf(today),
                        version.getId())
                .executeUpdate();
        if (asked > 0) {
            refreshStatistics(asked);
            tell(NotificationKind.VISION_PUBLISHED, version, "a.asked_on = CAST(? AS DATE)", false, today);
        }
        return asked;
    }

    /**
     * After asking many people at once, brings PostgreSQL's statistics of the acknowledgements up to
     * date before the notifications are written from them: the planner otherwise still believes the
     * table empty and joins it by nested loops (measured for 50,000 people: 16 s for the notification
     * statement; 0.8 s with fresh statistics, the ANALYZE itself some 0.1 s).
     */
    private void refreshStatistics(int asked) {
        if (asked < BULK) {
            return;
        }
        try {
            PlannerStatistics.analyze(em.unwrap(Connection.class), Set.of("vision_acknowledgement"));
        } catch (SQLException failed) {
            throw new PersistenceException("Refreshing planner statistics failed: " + failed.getMessage(), failed);
        }
    }

    /**
     * Sends the reminders and the copies to the lead that are due today
     * ({@link AcknowledgementSchedule}) for the version; people who left are not chased.
     *
     * @return {reminded, copied to the lead}
     */
    public int[] chase(VisionVersion version, LocalDate today) {
        int reminded = bind(
                        em.createNativeQuery("UPDATE vision_acknowledgement SET reminded_on = ?"
                                + " WHERE vision_version_id = ? AND acknowledged_at IS NULL AND reminded_on IS NULL"
                                + " AND escalated_on IS NULL AND asked_on <= ? AND employee_id IN"
                                + " (SELECT e.id FROM employee e WHERE " + CURRENT + ")"),
                        Date.valueOf(today),
                        version.getId(),
                        Date.valueOf(today.minusDays(AcknowledgementSchedule.REMINDER_AFTER_DAYS)))
                .executeUpdate();
        int copied = bind(
                        em.createNativeQuery("UPDATE vision_acknowledgement SET escalated_on = ?"
                                + " WHERE vision_version_id = ? AND acknowledged_at IS NULL AND escalated_on IS NULL"
                                + " AND reminded_on <= ? AND employee_id IN"
                                + " (SELECT e.id FROM employee e WHERE " + CURRENT + ")"),
                        Date.valueOf(today),
                        version.getId(),
                        Date.valueOf(today.minusDays(AcknowledgementSchedule.COPY_TO_LEAD_AFTER_DAYS)))
                .executeUpdate();
        if (reminded > 0) {
            tell(NotificationKind.VISION_REMINDER, version, "a.reminded_on = CAST(? AS DATE)", false, today);
        }
        if (copied > 0) {
            tell(NotificationKind.VISION_OVERDUE, version, "a.escalated_on = CAST(? AS DATE)", true, today);
        }
        return new int[] {reminded, copied};
    }

    private void tell(NotificationKind kind, VisionVersion version, String which, boolean copyLead, LocalDate day) {
        notifications.write(
                kind,
                "SELECT a.employee_id, " + (copyLead ? NotificationWriter.LEAD_OF_E : "NULL")
                        + ", NULL, CAST(? AS VARCHAR(200)), NULL,"
                        + " CONCAT(CAST(a.vision_version_id AS VARCHAR(20)), CONCAT(':', CAST(a.employee_id AS VARCHAR(20))))"
                        + " FROM vision_acknowledgement a JOIN employee e ON e.id = a.employee_id"
                        + " WHERE a.vision_version_id = CAST(? AS BIGINT) AND " + which,
                List.of(String.valueOf(version.getNumber()), version.getId(), Date.valueOf(day)),
                Instant.now());
    }

    /** Notes that the person had the version in front of them (the first time only). */
    public void seen(VisionVersion version, long employeeId, Instant at) {
        bind(
                        em.createNativeQuery("UPDATE vision_acknowledgement SET seen_at = ?"
                                + " WHERE vision_version_id = ? AND employee_id = ? AND seen_at IS NULL"),
                        Timestamp.from(at),
                        version.getId(),
                        employeeId)
                .executeUpdate();
    }

    /**
     * Records the person's confirmation (and that they saw it); confirming again changes nothing.
     * Someone not asked yet (joined since the last run) is asked first.
     */
    public void acknowledge(VisionVersion version, long employeeId, LocalDate today, Instant at) {
        bind(
                        em.createNativeQuery(
                                "INSERT INTO vision_acknowledgement (vision_version_id, employee_id, asked_on)"
                                        + " SELECT ?, ?, ? FROM employee e WHERE e.id = ? AND NOT EXISTS"
                                        + " (SELECT 1 FROM vision_acknowledgement a WHERE a.vision_version_id = ?"
                                        + " AND a.employee_id = ?)"),
                        version.getId(),
                        employeeId,
                        Date.valueOf(today),
                        employeeId,
                        version.getId(),
                        employeeId)
                .executeUpdate();
        bind(
                        em.createNativeQuery("UPDATE vision_acknowledgement SET acknowledged_at = ?,"
                                + " seen_at = COALESCE(seen_at, ?)"
                                + " WHERE vision_version_id = ? AND employee_id = ? AND acknowledged_at IS NULL"),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        version.getId(),
                        employeeId)
                .executeUpdate();
    }

    /** The person's acknowledgement of the version. */
    public Mine mine(VisionVersion version, long employeeId) {
        List<?> rows = bind(
                        em.createNativeQuery("SELECT a.seen_at, a.acknowledged_at FROM vision_acknowledgement a"
                                + " WHERE a.vision_version_id = ? AND a.employee_id = ?"),
                        version.getId(),
                        employeeId)
                .getResultList();
        if (rows.isEmpty()) {
            return new Mine(false, null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Mine(true, Jdbc.instant(row[0]), Jdbc.instant(row[1]));
    }

    /** How far the version has got among the people working here now. */
    public Progress progress(VisionVersion version) {
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN a.seen_at IS NULL THEN 0 ELSE 1 END),"
                                + " SUM(CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END)"
                                + " FROM vision_acknowledgement a JOIN employee e ON e.id = a.employee_id"
                                + " WHERE a.vision_version_id = ? AND " + CURRENT),
                        version.getId())
                .getSingleResult();
        return new Progress(number(row[0]), number(row[1]), number(row[2]));
    }

    /**
     * Per org unit: the current people, how many of them saw and how many confirmed the version.
     */
    public List<long[]> byUnit(VisionVersion version) {
        return bind(
                        em.createNativeQuery("SELECT e.org_unit_id, COUNT(*),"
                                + " SUM(CASE WHEN a.seen_at IS NULL THEN 0 ELSE 1 END),"
                                + " SUM(CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END)"
                                + " FROM employee e LEFT JOIN vision_acknowledgement a"
                                + " ON a.employee_id = e.id AND a.vision_version_id = ?"
                                + " WHERE " + CURRENT + " AND e.org_unit_id IS NOT NULL GROUP BY e.org_unit_id"),
                        version.getId())
                .getResultList()
                .stream()
                .map(r -> {
                    Object[] row = (Object[]) r;
                    return new long[] {number(row[0]), number(row[1]), number(row[2]), number(row[3])};
                })
                .toList();
    }

    private static Query bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
