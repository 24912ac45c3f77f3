package com.cxcentric.segmentation.control;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.platform.control.PlannerStatistics;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.segmentation.entity.SegmentDefinition;
import com.cxcentric.segmentation.entity.SegmentMembershipChanged;
import com.cxcentric.segmentation.entity.SqlCondition;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Segment membership, computed set-based in the database: a handful of statements per segment,
 * whatever the headcount, on the caller's transaction. A stay is closed (left on today) when a
 * person no longer qualifies, opened (joined on today) when they start to; a stay that began today
 * and ends today leaves no trace, and leaving and coming back on the same day reopens the stay.
 */
@Dependent
public class SegmentMembershipStore {

    /** What one recompute changed. */
    public record Change(long segmentId, int joined, int left, int members) {}

    /** How many people a definition selects, how that differs from the stored members, and the first few. */
    public record Preview(long members, long joining, long leaving, List<PreviewMember> first) {}

    /** A person as the preview lists them. */
    public record PreviewMember(String employeeNumber, String name, String jobTitle, String unitName) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private Event<SegmentMembershipChanged> changed;

    /** Recomputes every active segment for everyone. */
    public List<Change> recomputeAll(LocalDate today) {
        List<Change> changes = new ArrayList<>();
        for (Segment segment :
                em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList()) {
            changes.add(recompute(segment, today, List.of()));
        }
        return changes;
    }

    /** Recomputes every active segment, for these people only (after their record or ranking changed). */
    public List<Change> recomputeFor(Collection<Long> employeeIds, LocalDate today) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        for (Segment segment :
                em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList()) {
            changes.add(recompute(segment, today, employeeIds));
        }
        return changes;
    }

    /**
     * Brings one segment's stored membership in line with its definition. The segment row is locked
     * first, so two recomputes of the same segment (two instances, or an import and an edit) run
     * one after the other and the second finds nothing left to do.
     *
     * @param onlyFor the people to recompute; empty for everyone
     */
    public Change recompute(Segment segment, LocalDate today, Collection<Long> onlyFor) {
        return recompute(segment, today, onlyFor, onlyFor.isEmpty());
    }

    private Change recompute(Segment segment, LocalDate today, Collection<Long> onlyFor, boolean statistics) {
        if (statistics) {
            refreshStatistics();
        }
        em.flush();
        long id = segment.getId();
        SqlCondition condition = condition(SegmentDefinition.of(segment), today);
        String scope = onlyFor.isEmpty() ? "" : " AND e.id IN (" + ids(onlyFor) + ")";
        String memberScope = onlyFor.isEmpty() ? "" : " AND employee_id IN (" + ids(onlyFor) + ")";
        String matching = "SELECT e.id FROM employee e WHERE " + condition.text() + scope;
        try {
            Connection connection = connection();
            lock(connection, id);
            int left = run(
                    connection,
                    "DELETE FROM segment_membership WHERE segment_id = ? AND left_on IS NULL AND joined_on = ?"
                            + memberScope + " AND employee_id NOT IN (" + matching + ")",
                    List.of(id, today),
                    condition,
                    List.of());
            left += run(
                    connection,
                    "UPDATE segment_membership SET left_on = ? WHERE segment_id = ? AND left_on IS NULL" + memberScope
                            + " AND employee_id NOT IN (" + matching + ")",
                    List.of(today, id),
                    condition,
                    List.of());
            int joined = run(
                    connection,
                    "UPDATE segment_membership SET left_on = NULL WHERE segment_id = ? AND left_on = ?" + memberScope
                            + " AND employee_id IN (" + matching + ")",
                    List.of(id, today),
                    condition,
                    List.of());
            joined += run(
                    connection,
                    "INSERT INTO segment_membership (segment_id, employee_id, joined_on, left_on)"
                            + " SELECT ?, m.id, ?, NULL FROM (" + matching + ") m WHERE NOT EXISTS (SELECT 1 FROM"
                            + " segment_membership x WHERE x.segment_id = ? AND x.employee_id = m.id AND x.left_on IS NULL)",
                    List.of(id, today),
                    condition,
                    List.of(id));
            int members = count(connection, id);
            Instant now = Instant.now();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE segment SET member_count = ?, recomputed_at = ? WHERE id = ?")) {
                update.setInt(1, members);
                update.setTimestamp(2, Timestamp.from(now));
                update.setLong(3, id);
                update.executeUpdate();
            }
            em.refresh(segment);
            Change change = new Change(id, joined, left, members);
            if (joined > 0 || left > 0) {
                changed.fire(new SegmentMembershipChanged(id, today, joined, left));
            }
            return change;
        } catch (SQLException failed) {
            throw new PersistenceException("Recomputing segment " + id + " failed: " + failed.getMessage(), failed);
        }
    }

    /** Ends every current stay in a segment that is being archived. */
    public void closeAll(Segment segment, LocalDate today) {
        em.flush();
        try {
            Connection connection = connection();
            lock(connection, segment.getId());
            run(
                    connection,
                    "DELETE FROM segment_membership WHERE segment_id = ? AND left_on IS NULL AND joined_on = ?",
                    List.of(segment.getId(), today),
                    null,
                    List.of());
            run(
                    connection,
                    "UPDATE segment_membership SET left_on = ? WHERE segment_id = ? AND left_on IS NULL",
                    List.of(today, segment.getId()),
                    null,
                    List.of());
            run(
                    connection,
                    "UPDATE segment SET member_count = 0 WHERE id = ?",
                    List.of(segment.getId()),
                    null,
                    List.of());
            em.refresh(segment);
        } catch (SQLException failed) {
            throw new PersistenceException("Archiving segment " + segment.getId() + " failed", failed);
        }
    }

    /**
     * What a definition would select, without storing anything.
     *
     * @param segmentId the stored segment to compare with, or null for a new one
     */
    public Preview preview(SegmentDefinition definition, Long segmentId, LocalDate today, int firstCount) {
        em.flush();
        SqlCondition condition = condition(definition, today);
        String matching = "SELECT e.id FROM employee e WHERE " + condition.text();
        try {
            Connection connection = connection();
            long members = single(connection, "SELECT COUNT(*) FROM employee e WHERE " + condition.text(), condition);
            long joining = members;
            long leaving = 0;
            if (segmentId != null) {
                joining = single(
                        connection,
                        "SELECT COUNT(*) FROM (" + matching + ") m WHERE NOT EXISTS (SELECT 1 FROM segment_membership x"
                                + " WHERE x.segment_id = " + segmentId
                                + " AND x.employee_id = m.id AND x.left_on IS NULL)",
                        condition);
                leaving = single(
                        connection,
                        "SELECT COUNT(*) FROM segment_membership WHERE segment_id = " + segmentId
                                + " AND left_on IS NULL AND employee_id NOT IN (" + matching + ")",
                        condition);
            }
            List<PreviewMember> first = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT e.employee_number, e.first_name, e.last_name, e.job_title, u.name FROM employee e"
                            + " LEFT JOIN org_unit u ON u.id = e.org_unit_id WHERE " + condition.text()
                            + " ORDER BY e.last_name, e.first_name, e.employee_number LIMIT " + firstCount)) {
                condition.bind(query, 1);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        first.add(new PreviewMember(
                                rows.getString(1),
                                rows.getString(2) + " " + rows.getString(3),
                                rows.getString(4),
                                rows.getString(5)));
                    }
                }
            }
            return new Preview(members, joining, leaving, first);
        } catch (SQLException failed) {
            throw new PersistenceException("Previewing a segment rule failed: " + failed.getMessage(), failed);
        }
    }

    /**
     * On PostgreSQL, brings the planner's statistics up to date before a full recompute. Right after
     * an import has written tens of thousands of rows (often in this very transaction) the planner
     * still believes the tables are nearly empty and picks nested loops that turn the anti-joins
     * quadratic (measured: 50,000 people did not finish; with fresh statistics, hash anti-joins take
     * milliseconds). ANALYZE samples a bounded number of rows, so it costs tens of milliseconds, and
     * a database user that may not analyze gets a warning, not an error.
     */
    private void refreshStatistics() {
        em.flush();
        try {
            // Right after an import the planner may still believe these tables are nearly empty.
            PlannerStatistics.analyze(connection(), Set.of("employee", "employee_motivator", "segment_membership"));
        } catch (SQLException failed) {
            throw new PersistenceException("Refreshing planner statistics failed: " + failed.getMessage(), failed);
        }
    }

    private SqlCondition condition(SegmentDefinition definition, LocalDate today) {
        try {
            SqlCondition.Dialect dialect =
                    SqlCondition.Dialect.of(connection().getMetaData().getDatabaseProductName());
            return SqlCondition.membership(definition, dialect, today, tree::subtreeOfCodes);
        } catch (SQLException failed) {
            throw new PersistenceException("Reading the database product failed", failed);
        }
    }

    /** Waits for, then holds until the transaction ends, the segment's row lock. */
    private static void lock(Connection connection, long segmentId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id FROM segment WHERE id = ? FOR UPDATE")) {
            statement.setLong(1, segmentId);
            try (var rows = statement.executeQuery()) {
                rows.next();
            }
        }
    }

    /** Runs an update whose bind values are {@code before}, then the condition's, then {@code after}. */
    private static int run(Connection connection, String sql, List<?> before, SqlCondition condition, List<?> after)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : before) {
                statement.setObject(index++, value);
            }
            if (condition != null) {
                index = condition.bind(statement, index);
            }
            for (Object value : after) {
                statement.setObject(index++, value);
            }
            return statement.executeUpdate();
        }
    }

    private static long single(Connection connection, String sql, SqlCondition condition) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            condition.bind(query, 1);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int count(Connection connection, long segmentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM segment_membership WHERE segment_id = ? AND left_on IS NULL")) {
            query.setLong(1, segmentId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The connection of the current transaction; it belongs to the persistence context, never closed here. */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }
}
