package com.cxcentric.training.control;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.platform.control.SequenceIds;
import com.cxcentric.segmentation.control.CurrentMembers;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Assigns a course to many people at once, set-based on the transaction's connection: one query
 * sorts the targeted people into "to assign", "already has it open" and "holds a valid
 * certification", one query reserves the ids, one statement inserts (on PostgreSQL from arrays,
 * skipping anyone a parallel assignment got to first; on H2 a JDBC batch). Retrying the same
 * order assigns nobody twice: the open assignment is then found and counted.
 */
@ApplicationScoped
public class AssignmentStore {

    /**
     * Who is targeted: a list of people, the people of some units, a segment's current members, or
     * the members who joined a segment on a given day.
     */
    public sealed interface Target permits People, Units, SegmentMembers, SegmentJoiners {

        /** The SQL condition over {@code employee e}. */
        String condition();

        /** Binds the condition's markers from {@code index} on; returns the next free index. */
        int bind(Connection connection, PreparedStatement statement, int index) throws SQLException;
    }

    public record People(Collection<Long> employeeIds) implements Target {

        @Override
        public String condition() {
            return "e.id = ANY(?)";
        }

        @Override
        public int bind(Connection connection, PreparedStatement statement, int index) throws SQLException {
            statement.setArray(index, Jdbc.bigints(connection, employeeIds));
            return index + 1;
        }
    }

    public record Units(Collection<Long> unitIds) implements Target {

        @Override
        public String condition() {
            return "e.org_unit_id = ANY(?)";
        }

        @Override
        public int bind(Connection connection, PreparedStatement statement, int index) throws SQLException {
            statement.setArray(index, Jdbc.bigints(connection, unitIds));
            return index + 1;
        }
    }

    public record SegmentMembers(long segmentId) implements Target {

        @Override
        public String condition() {
            return CurrentMembers.of("e.id");
        }

        @Override
        public int bind(Connection connection, PreparedStatement statement, int index) throws SQLException {
            statement.setLong(index, segmentId);
            return index + 1;
        }
    }

    public record SegmentJoiners(long segmentId, LocalDate joinedOn) implements Target {

        @Override
        public String condition() {
            return CurrentMembers.joinedOn("e.id");
        }

        @Override
        public int bind(Connection connection, PreparedStatement statement, int index) throws SQLException {
            statement.setLong(index, segmentId);
            statement.setDate(index + 1, Date.valueOf(joinedOn));
            return index + 2;
        }
    }

    /**
     * What to assign, by whom, until when.
     *
     * @param ruleId the segment rule behind the order, or null
     * @param tellPeople whether each person newly assigned gets a message (demo history does not)
     */
    public record Order(
            Course course,
            AssignmentSource source,
            String assignedBy,
            Instant assignedAt,
            LocalDate dueOn,
            boolean mandatory,
            String message,
            Long ruleId,
            boolean tellPeople) {}

    /** What an order did: people it reached, newly assigned, skipped because open or certified. */
    public record Outcome(int targeted, int assigned, int alreadyAssigned, int alreadyCertified) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    /**
     * @param withinUnits the units the caller may assign in; null for the whole company
     * @param validAfter a certification expiring after this day counts as valid (today plus the
     *     expiring window): such holders are not assigned again
     */
    public Outcome assign(Order order, Target target, Set<Long> withinUnits, LocalDate validAfter) {
        Connection connection = em.unwrap(Connection.class);
        try {
            List<Long> toAssign = new ArrayList<>();
            int open = 0;
            int certified = 0;
            try (PreparedStatement select = connection.prepareStatement(eligibilitySql(target, withinUnits))) {
                int i = 0;
                select.setString(++i, order.course().getCode());
                select.setString(++i, order.course().getCode());
                select.setDate(++i, Date.valueOf(validAfter));
                i = target.bind(connection, select, i + 1);
                if (withinUnits != null) {
                    select.setArray(i, Jdbc.bigints(connection, withinUnits));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        switch (rows.getInt(2)) {
                            case 1 -> open++;
                            case 2 -> certified++;
                            default -> toAssign.add(rows.getLong(1));
                        }
                    }
                }
            }
            long[] ids = toAssign.isEmpty() ? new long[0] : reserveIds(connection, toAssign.size());
            int inserted = toAssign.isEmpty() ? 0 : insert(connection, order, ids, toAssign);
            if (inserted > 0 && order.tellPeople()) {
                notifications.write(
                        NotificationKind.TRAINING_ASSIGNED,
                        "SELECT a.employee_id, NULL, a.id, c.title, a.due_on, a.id FROM assignment a"
                                + " JOIN course c ON c.id = a.course_id WHERE a.id = ANY(?)",
                        List.of(Jdbc.bigints(connection, List.of(box(ids)))),
                        order.assignedAt());
            }
            int lostRace = toAssign.size() - inserted;
            return new Outcome(toAssign.size() + open + certified, inserted, open + lostRace, certified);
        } catch (SQLException e) {
            throw new IllegalStateException("Assigning " + order.course().getCode() + " failed", e);
        }
    }

    /**
     * Cancels (never deletes) every open assignment of people who have left the company, in one
     * statement; returns how many. Run after anything that can mark people as left.
     */
    public int cancelForLeavers(Instant now) {
        return em.createNativeQuery("UPDATE assignment SET status = 'CANCELLED', cancelled_at = ?1, updated_at = ?1,"
                        + " open_course_code = NULL, version = version + 1 WHERE open_course_code IS NOT NULL"
                        + " AND employee_id IN (SELECT e.id FROM employee e WHERE e.status = 'LEFT')")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }

    private static String eligibilitySql(Target target, Set<Long> withinUnits) {
        return "SELECT e.id, CASE"
                + " WHEN EXISTS (SELECT 1 FROM assignment a WHERE a.employee_id = e.id AND a.open_course_code = ?) THEN 1"
                + " WHEN EXISTS (SELECT 1 FROM certification c WHERE c.employee_id = e.id AND c.course_code = ?"
                + " AND (c.expires_on IS NULL OR c.expires_on > ?)) THEN 2 ELSE 0 END"
                + " FROM employee e WHERE e.status <> 'LEFT' AND " + target.condition()
                + (withinUnits == null ? "" : " AND e.org_unit_id = ANY(?)")
                + " ORDER BY e.id";
    }

    private static long[] reserveIds(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        try (SequenceIds sequence = new SequenceIds(connection, "assignment_seq")) {
            sequence.reserve(ids.length);
            for (int i = 0; i < ids.length; i++) {
                ids[i] = sequence.next();
            }
        }
        return ids;
    }

    private static int insert(Connection connection, Order order, long[] ids, List<Long> employeeIds)
            throws SQLException {
        Timestamp at = Timestamp.from(order.assignedAt());
        String columns = "id, version, created_at, updated_at, employee_id, course_id, course_code, open_course_code,"
                + " source, assigned_by, assigned_at, due_on, mandatory, message, rule_id, status, attempts_used,"
                + " extra_attempts";
        if (Jdbc.isPostgres(connection)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assignment (" + columns + ")"
                    + " SELECT t.id, 0, ?, ?, t.employee_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', 0, 0"
                    + " FROM unnest(?::bigint[], ?::bigint[]) AS t(id, employee_id)"
                    + " ON CONFLICT (employee_id, open_course_code) DO NOTHING")) {
                int i = bindOrder(insert, order, at);
                insert.setArray(++i, connection.createArrayOf("bigint", box(ids)));
                insert.setArray(++i, connection.createArrayOf("bigint", employeeIds.toArray()));
                return insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assignment (" + columns + ")"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', 0, 0)")) {
            for (int row = 0; row < ids.length; row++) {
                insert.setLong(1, ids[row]);
                insert.setTimestamp(2, at);
                insert.setTimestamp(3, at);
                insert.setLong(4, employeeIds.get(row));
                insert.setLong(5, order.course().getId());
                insert.setString(6, order.course().getCode());
                insert.setString(7, order.course().getCode());
                insert.setString(8, order.source().name());
                insert.setString(9, order.assignedBy());
                insert.setTimestamp(10, at);
                insert.setDate(11, Date.valueOf(order.dueOn()));
                insert.setBoolean(12, order.mandatory());
                insert.setString(13, order.message());
                if (order.ruleId() == null) {
                    insert.setNull(14, Types.BIGINT);
                } else {
                    insert.setLong(14, order.ruleId());
                }
                insert.addBatch();
                if ((row + 1) % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            return ids.length;
        }
    }

    private static int bindOrder(PreparedStatement insert, Order order, Timestamp at) throws SQLException {
        int i = 0;
        insert.setTimestamp(++i, at);
        insert.setTimestamp(++i, at);
        insert.setLong(++i, order.course().getId());
        insert.setString(++i, order.course().getCode());
        insert.setString(++i, order.course().getCode());
        insert.setString(++i, order.source().name());
        insert.setString(++i, order.assignedBy());
        insert.setTimestamp(++i, at);
        insert.setDate(++i, Date.valueOf(order.dueOn()));
        insert.setBoolean(++i, order.mandatory());
        if (order.message() == null) {
            insert.setNull(++i, Types.VARCHAR);
        } else {
            insert.setString(++i, order.message());
        }
        if (order.ruleId() == null) {
            insert.setNull(++i, Types.BIGINT);
        } else {
            insert.setLong(++i, order.ruleId());
        }
        return i;
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
