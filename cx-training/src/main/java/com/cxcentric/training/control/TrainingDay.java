package com.cxcentric.training.control;

import static com.cxcentric.training.entity.ReinforcementCalendar.overdueSinceDueOn;
import static com.cxcentric.training.entity.ReinforcementCalendar.recertificationDue;
import static com.cxcentric.training.entity.ReinforcementCalendar.recertifyExpiringBy;
import static com.cxcentric.training.entity.ReinforcementCalendar.refresherForCompletionsOn;
import static com.cxcentric.training.entity.ReinforcementCalendar.remindDueOn;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.platform.control.SequenceIds;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.QuizDraw;
import com.cxcentric.training.entity.Refresher;
import com.cxcentric.training.entity.ReinforcementCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything training does for one company day, on the caller's transaction: recertification
 * assignments for certifications about to expire, refreshers 7, 30 and 90 days after a pass,
 * reminders before due dates, and the overdue message with a copy to the team lead. Each step
 * selects by that day's date, so processing every day once (see {@code DailyJob}) does each
 * thing once, and every message carries its event's key so a repeated day writes nothing twice.
 */
@ApplicationScoped
public class TrainingDay {

    /** The name of the job's row in {@code scheduled_job}. */
    public static final String JOB = "training-daily";

    /** What one day did. */
    public record DayReport(LocalDate day, int recertifications, int refreshers, int reminders, int overdue) {}

    private static final String SYSTEM = "system";
    private static final String OPEN = "a.status IN ('ASSIGNED', 'IN_PROGRESS')";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.training.expiring-days", defaultValue = "" + CertificationState.DEFAULT_WINDOW_DAYS)
    int expiringDays;

    @Inject
    @ConfigProperty(name = "cx.training.reminder-days", defaultValue = "" + ReinforcementCalendar.DEFAULT_REMINDER_DAYS)
    int reminderDays;

    private final Random random = new SecureRandom();

    public DayReport process(LocalDate day, Instant now) {
        int recertifications = recertify(day, now);
        int refreshers = scheduleRefreshers(day, now);
        ZoneId zone = businessDay.zone();
        int reminders = notifications.write(
                NotificationKind.TRAINING_REMINDER,
                "SELECT a.employee_id, NULL, a.id, c.title, a.due_on, a.id FROM assignment a"
                        + " JOIN course c ON c.id = a.course_id JOIN employee e ON e.id = a.employee_id"
                        + " WHERE " + OPEN + " AND a.due_on = ? AND a.assigned_at < ? AND e.status <> 'LEFT'",
                List.of(
                        Date.valueOf(remindDueOn(day, reminderDays)),
                        Timestamp.from(day.atStartOfDay(zone).toInstant())),
                now);
        int overdue = notifications.write(
                NotificationKind.TRAINING_OVERDUE,
                "SELECT a.employee_id, " + NotificationWriter.LEAD_OF_E + ", a.id, c.title, a.due_on, a.id"
                        + " FROM assignment a JOIN course c ON c.id = a.course_id JOIN employee e ON e.id = a.employee_id"
                        + " WHERE " + OPEN + " AND a.due_on = ? AND e.status <> 'LEFT'",
                List.of(Date.valueOf(overdueSinceDueOn(day))),
                now);
        return new DayReport(day, recertifications, refreshers, reminders, overdue);
    }

    /**
     * Gives everyone whose latest certification of a course expires within the window a
     * recertification assignment on the course's published revision (or links the one they already
     * have open), once per certification, and tells them.
     */
    private int recertify(LocalDate day, Instant now) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        List<long[]> expiring = new ArrayList<>();
        List<LocalDate> expiries = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.employee_id, c.course_code, c.expires_on FROM certification c"
                            + " JOIN employee e ON e.id = c.employee_id"
                            + " WHERE c.expires_on IS NOT NULL AND c.expires_on <= ? AND c.renewal_assignment_id IS NULL"
                            + " AND e.status <> 'LEFT' AND NOT EXISTS (SELECT 1 FROM certification n"
                            + " WHERE n.employee_id = c.employee_id AND n.course_code = c.course_code AND n.id > c.id)"
                            + " ORDER BY c.id")) {
                select.setDate(1, Date.valueOf(recertifyExpiringBy(day, expiringDays)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        expiring.add(new long[] {rows.getLong(1), rows.getLong(2)});
                        codes.add(rows.getString(3));
                        expiries.add(rows.getDate(4).toLocalDate());
                    }
                }
            }
            if (expiring.isEmpty()) {
                return 0;
            }
            Map<String, Optional<Course>> published = new HashMap<>();
            Map<String, Long> open = openAssignments(connection, expiring, codes);
            List<Long> renewed = new ArrayList<>();
            Map<Long, Assignment> renewals = new LinkedHashMap<>();
            Map<Long, Long> links = new LinkedHashMap<>();
            try (PreparedStatement link = connection.prepareStatement(
                    "UPDATE certification SET renewal_assignment_id = ? WHERE id = ? AND renewal_assignment_id IS NULL")) {
                for (int i = 0; i < expiring.size(); i++) {
                    long certificationId = expiring.get(i)[0];
                    long employeeId = expiring.get(i)[1];
                    String code = codes.get(i);
                    Long assignmentId = open.get(employeeId + ":" + code);
                    if (assignmentId == null) {
                        Optional<Course> course = published.computeIfAbsent(code, this::publishedRevision);
                        if (course.isEmpty()) {
                            continue; // picked up on the first day after a revision is published again
                        }
                        Assignment renewal = new Assignment(
                                em.getReference(Employee.class, employeeId),
                                course.get(),
                                AssignmentSource.RECERTIFICATION,
                                SYSTEM,
                                now,
                                recertificationDue(expiries.get(i), day),
                                true,
                                null);
                        em.persist(renewal);
                        renewals.put(certificationId, renewal);
                    } else {
                        links.put(certificationId, assignmentId);
                    }
                }
                em.flush(); // one write for all new recertifications, then their ids are known
                renewals.forEach((certificationId, renewal) -> links.put(certificationId, renewal.getId()));
                for (Map.Entry<Long, Long> pair : links.entrySet()) {
                    link.setLong(1, pair.getValue());
                    link.setLong(2, pair.getKey());
                    if (link.executeUpdate() == 1) {
                        renewed.add(pair.getKey());
                    }
                }
            }
            if (!renewed.isEmpty()) {
                notifications.write(
                        NotificationKind.CERTIFICATION_EXPIRING,
                        "SELECT c.employee_id, NULL, c.renewal_assignment_id, co.title, c.expires_on, c.id"
                                + " FROM certification c JOIN course co ON co.id = c.course_id WHERE c.id = ANY(?)",
                        List.of(Jdbc.bigints(connection, renewed)),
                        now);
            }
            return renewed.size();
        } catch (SQLException failed) {
            throw new PersistenceException("Recertifying on " + day + " failed: " + failed.getMessage(), failed);
        }
    }

    /** Open assignments of the people concerned, by "employee id:course code". */
    private static Map<String, Long> openAssignments(Connection connection, List<long[]> expiring, List<String> codes)
            throws SQLException {
        Map<String, Long> open = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.employee_id, a.open_course_code, a.id FROM assignment a"
                        + " WHERE a.open_course_code IS NOT NULL AND a.employee_id = ANY(?) AND a.open_course_code = ANY(?)")) {
            select.setArray(
                    1, Jdbc.bigints(connection, expiring.stream().map(e -> e[1]).collect(Collectors.toSet())));
            select.setArray(
                    2,
                    connection.createArrayOf(
                            Jdbc.isPostgres(connection) ? "varchar" : "VARCHAR",
                            Set.copyOf(codes).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    open.put(rows.getLong(1) + ":" + rows.getString(2), rows.getLong(3));
                }
            }
        }
        return open;
    }

    /** Schedules the refreshers due today: one per course passed 7, 30 or 90 days ago, a few bank questions each. */
    private int scheduleRefreshers(LocalDate day, Instant now) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        ZoneId zone = businessDay.zone();
        List<long[]> due = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        try {
            for (int offset : Refresher.OFFSETS) {
                LocalDate passedOn = refresherForCompletionsOn(day, offset);
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT a.id, a.employee_id, a.course_id FROM assignment a JOIN employee e ON e.id = a.employee_id"
                                + " WHERE a.status = 'COMPLETED' AND a.completed_at >= ? AND a.completed_at < ?"
                                + " AND e.status <> 'LEFT' AND NOT EXISTS (SELECT 1 FROM refresher r"
                                + " WHERE r.assignment_id = a.id AND r.offset_days = ?) ORDER BY a.id")) {
                    select.setTimestamp(
                            1, Timestamp.from(passedOn.atStartOfDay(zone).toInstant()));
                    select.setTimestamp(
                            2,
                            Timestamp.from(
                                    passedOn.plusDays(1).atStartOfDay(zone).toInstant()));
                    select.setInt(3, offset);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            due.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                            offsets.add(offset);
                        }
                    }
                }
            }
            if (due.isEmpty()) {
                return 0;
            }
            Map<Long, List<Long>> banks =
                    banks(connection, due.stream().map(d -> d[2]).collect(Collectors.toSet()));
            List<Long> ids = new ArrayList<>();
            try (SequenceIds sequence = new SequenceIds(connection, "refresher_seq");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO refresher (id, version, assignment_id, employee_id, course_id, offset_days,"
                                    + " available_on, question_ids) VALUES (?, 0, ?, ?, ?, ?, ?, ?)")) {
                sequence.reserve(due.size());
                for (int i = 0; i < due.size(); i++) {
                    List<Long> bank = banks.getOrDefault(due.get(i)[2], List.of());
                    if (bank.isEmpty()) {
                        continue;
                    }
                    long id = sequence.next();
                    insert.setLong(1, id);
                    insert.setLong(2, due.get(i)[0]);
                    insert.setLong(3, due.get(i)[1]);
                    insert.setLong(4, due.get(i)[2]);
                    insert.setInt(5, offsets.get(i));
                    insert.setDate(6, Date.valueOf(day));
                    insert.setString(
                            7,
                            QuizDraw.draw(bank, Refresher.QUESTIONS, Set.of(), random).stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(",")));
                    insert.addBatch();
                    ids.add(id);
                }
                insert.executeBatch();
            }
            if (!ids.isEmpty()) {
                notifications.write(
                        NotificationKind.REFRESHER_READY,
                        "SELECT r.employee_id, NULL, r.assignment_id, c.title, NULL, r.id FROM refresher r"
                                + " JOIN course c ON c.id = r.course_id WHERE r.id = ANY(?)",
                        List.of(Jdbc.bigints(connection, ids)),
                        now);
            }
            return ids.size();
        } catch (SQLException failed) {
            throw new PersistenceException(
                    "Scheduling refreshers on " + day + " failed: " + failed.getMessage(), failed);
        }
    }

    private static Map<Long, List<Long>> banks(Connection connection, Set<Long> courseIds) throws SQLException {
        Map<Long, List<Long>> banks = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT course_id, id FROM quiz_question WHERE course_id = ANY(?) ORDER BY course_id, question_no")) {
            select.setArray(1, Jdbc.bigints(connection, courseIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    banks.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(rows.getLong(2));
                }
            }
        }
        return banks;
    }

    private Optional<Course> publishedRevision(String code) {
        return em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
