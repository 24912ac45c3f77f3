package com.cxcentric.notification.control;

import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.notification.entity.NotificationsWritten;
import com.cxcentric.platform.Offered;
import com.cxcentric.platform.control.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;

/**
 * Writes messages set-based on the caller's transaction: one INSERT … SELECT for however many
 * people an event concerns. Every message carries a key naming its event (kind and what it is
 * about); a message whose key exists already is not written again, so re-running a day, catching
 * up or retrying a request never sends the same message twice.
 */
@Offered
@ApplicationScoped
public class NotificationWriter {

    /**
     * The team lead who gets a copy of a message about {@code e} (an employee alias): the lead of
     * their org unit unless that is themselves, otherwise their manager.
     */
    public static final String LEAD_OF_E = "COALESCE((SELECT u.lead_id FROM org_unit u WHERE u.id = e.org_unit_id"
            + " AND u.lead_id <> e.id), e.manager_id)";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Event<NotificationsWritten> written;

    /**
     * Writes one message of {@code kind} per row of {@code select}, whose columns are, in order:
     * recipient employee id, copy-to employee id (or NULL), assignment id (or NULL), subject title,
     * due date (or NULL), and the event's identity (unique within the kind, e.g. the assignment id).
     *
     * @return how many messages were new
     */
    public int write(NotificationKind kind, String select, List<?> parameters, Instant now) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            boolean postgres = Jdbc.isPostgres(connection);
            String sql = "INSERT INTO notification (employee_id, cc_employee_id, assignment_id, subject_title, due_on,"
                    + " dedupe_key, kind, created_at, mail_status, mail_attempts)"
                    + " SELECT s.r, s.c, s.a, s.t, s.d, s.k, ?, ?, 'PENDING', 0 FROM ("
                    // Typed here: a bare NULL in the caller's SELECT is of no type (text on PostgreSQL).
                    + "SELECT CAST(x.r AS BIGINT) AS r, CAST(x.c AS BIGINT) AS c, CAST(x.a AS BIGINT) AS a,"
                    + " CAST(x.t AS VARCHAR(200)) AS t, CAST(x.d AS DATE) AS d,"
                    + " CONCAT(?, CAST(x.k AS VARCHAR(100))) AS k FROM (" + select
                    + ") x (r, c, a, t, d, k)) s"
                    + " WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.dedupe_key = s.k)"
                    + (postgres ? " ON CONFLICT (dedupe_key) DO NOTHING" : "");
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 0;
                insert.setString(++i, kind.name());
                insert.setTimestamp(++i, Timestamp.from(now));
                insert.setString(++i, kind.name() + ":");
                for (Object parameter : parameters) {
                    insert.setObject(++i, parameter);
                }
                int count = insert.executeUpdate();
                if (count > 0) {
                    written.fire(new NotificationsWritten(kind, count));
                }
                return count;
            }
        } catch (SQLException failed) {
            throw new PersistenceException("Writing " + kind + " messages failed: " + failed.getMessage(), failed);
        }
    }
}
