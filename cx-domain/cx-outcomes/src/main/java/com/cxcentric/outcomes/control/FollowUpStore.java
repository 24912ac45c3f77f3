package com.cxcentric.outcomes.control;

import com.cxcentric.platform.control.SequenceIds;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens follow-ups for the unhappy responses of a batch and escalates overdue ones, set-based on
 * the transaction's connection. A complaint opens one, and so does a response that is a detractor (NPS 0-6) or gives a
 * CSAT of 1-2, occurred within the follow-up window ({@code cx.followup.window-days}, 14) and names
 * an employee whose unit (or a unit above it) has a lead: that lead owns it, due
 * {@code cx.followup.due-hours} (48) after the response arrived.
 */
@Dependent
public class FollowUpStore {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "cx.followup.due-hours", defaultValue = "48")
    int dueHours;

    @Inject
    @ConfigProperty(name = "cx.followup.window-days", defaultValue = "14")
    int windowDays;

    /** A unit's lead and parent, to walk up to the nearest lead. */
    private record UnitLead(Long lead, Long parent) {}

    /**
     * Opens the follow-ups these just-written records call for (the unhappy ones the store reported),
     * in chunks; returns how many.
     */
    public int openFor(List<Long> feedbackIds, Instant now) {
        return open(Subject.RESPONSE, feedbackIds, now, window(now));
    }

    /** Opens a follow-up for each of these just-written complaints (every complaint gets one); returns how many. */
    public int openForComplaints(List<Long> complaintIds, Instant now) {
        return open(Subject.COMPLAINT, complaintIds, now, window(now));
    }

    /**
     * Opens the follow-ups these responses and complaints would have opened had the closed loop run
     * since {@code since} (demo history: the follow-up window starts there instead of a fortnight
     * ago); returns how many.
     */
    public int openSince(List<Long> feedbackIds, List<Long> complaintIds, Instant now, Instant since) {
        return open(Subject.RESPONSE, feedbackIds, now, since) + open(Subject.COMPLAINT, complaintIds, now, since);
    }

    private Instant window(Instant now) {
        return now.minus(Duration.ofDays(windowDays));
    }

    /** What a follow-up follows up: its table, its column in follow_up, its reason and which rows qualify. */
    private enum Subject {
        RESPONSE(
                "feedback",
                "feedback_id",
                "CASE WHEN s.nps IS NOT NULL AND s.nps <= 6 THEN 'DETRACTOR' ELSE 'LOW_CSAT' END",
                " AND ((s.nps IS NOT NULL AND s.nps <= 6) OR (s.csat IS NOT NULL AND s.csat <= 2))"),
        COMPLAINT("complaint", "complaint_id", "'COMPLAINT'", "");

        final String table;
        final String column;
        final String reason;
        final String condition;

        Subject(String table, String column, String reason, String condition) {
            this.table = table;
            this.column = column;
            this.reason = reason;
            this.condition = condition;
        }
    }

    private int open(Subject subject, List<Long> ids, Instant now, Instant since) {
        int opened = 0;
        for (int start = 0; start < ids.size(); start += 1000) {
            opened += openForChunk(subject, ids.subList(start, Math.min(ids.size(), start + 1000)), now, since);
        }
        return opened;
    }

    private int openForChunk(Subject subject, List<Long> subjectIds, Instant now, Instant since) {
        try {
            Connection connection = em.unwrap(Connection.class);
            Map<Long, UnitLead> units = units(connection);
            int opened = 0;
            try (PreparedStatement candidates = connection.prepareStatement("SELECT s.id, s.received_at, "
                            + subject.reason
                            + ", (SELECT MIN(e.org_unit_id) FROM attribution_member am JOIN employee e ON e.id = am.employee_id"
                            + " WHERE am.attribution_id = s.attribution_id)"
                            + " FROM " + subject.table + " s WHERE s.id IN ("
                            + subjectIds.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ") AND s.occurred_at >= ?" + subject.condition
                            + " AND NOT EXISTS (SELECT 1 FROM follow_up x WHERE x." + subject.column + " = s.id)");
                    SequenceIds ids = new SequenceIds(connection, "follow_up_seq");
                    PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO follow_up (id, version, created_at,"
                                    + " updated_at, " + subject.column + ", reason, unit_id, owner_id, due_at, status)"
                                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")) {
                candidates.setTimestamp(1, Timestamp.from(since));
                Timestamp created = Timestamp.from(now);
                try (ResultSet rows = candidates.executeQuery()) {
                    while (rows.next()) {
                        long unit = rows.getLong(4);
                        Long owner = rows.wasNull() ? null : nearestLead(units, unit);
                        if (owner == null) {
                            continue;
                        }
                        insert.setLong(1, ids.next());
                        insert.setTimestamp(2, created);
                        insert.setTimestamp(3, created);
                        insert.setLong(4, rows.getLong(1));
                        insert.setString(5, rows.getString(3));
                        insert.setLong(6, unit);
                        insert.setLong(7, owner);
                        insert.setTimestamp(
                                8,
                                Timestamp.from(rows.getTimestamp(2).toInstant().plus(Duration.ofHours(dueHours))));
                        insert.addBatch();
                        opened++;
                    }
                }
                insert.executeBatch();
            }
            return opened;
        } catch (SQLException failed) {
            throw new PersistenceException("Opening follow-ups failed: " + failed.getMessage(), failed);
        }
    }

    /**
     * Escalates every open follow-up past its due time that has not escalated yet, to the lead of
     * the unit above the owner's. One statement: several instances running it at once escalate each
     * follow-up once, and a run after downtime catches up on everything overdue.
     *
     * @return how many escalated
     */
    public int escalateOverdue(Instant now) {
        return em.createNativeQuery(
                        "UPDATE follow_up SET escalated_at = ?1, updated_at = ?1, escalated_to_id = (SELECT p.lead_id"
                                + " FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.id = follow_up.unit_id)"
                                + " WHERE status = 'OPEN' AND escalated_at IS NULL AND due_at < ?1")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }

    private static Map<Long, UnitLead> units(Connection connection) throws SQLException {
        Map<Long, UnitLead> units = new HashMap<>();
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, lead_id, parent_id FROM org_unit")) {
            while (rows.next()) {
                long lead = rows.getLong(2);
                Long leadId = rows.wasNull() ? null : lead;
                long parent = rows.getLong(3);
                units.put(rows.getLong(1), new UnitLead(leadId, rows.wasNull() ? null : parent));
            }
        }
        return units;
    }

    private static Long nearestLead(Map<Long, UnitLead> units, Long unit) {
        for (Long step = unit;
                step != null;
                step = units.get(step) == null ? null : units.get(step).parent()) {
            UnitLead here = units.get(step);
            if (here == null) {
                return null;
            }
            if (here.lead() != null) {
                return here.lead();
            }
        }
        return null;
    }
}
