package com.cxcentric.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Day-by-day work that must happen once per company day, whatever the number of server instances,
 * and must not skip a day a server was down. A job's row in {@code scheduled_job} records the last
 * day processed; {@link #claim} locks that row for the caller's transaction, so a second instance
 * waits and then finds the days taken, and the caller processes every day the claim returns in the
 * same transaction (a failure rolls the claim back with the work, and the next run retries).
 */
@ApplicationScoped
public class DailyJob {

    /** The most days one run catches up; older days are not processed (a server down over a year). */
    public static final int MAX_CATCH_UP_DAYS = 400;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /**
     * The days after the last one processed, up to {@code today}, oldest first; the first run ever
     * processes today only.
     */
    public static List<LocalDate> daysAfter(LocalDate doneThrough, LocalDate today) {
        if (doneThrough != null && !doneThrough.isBefore(today)) {
            return List.of();
        }
        LocalDate first = doneThrough == null ? today : doneThrough.plusDays(1);
        LocalDate earliest = today.minusDays(MAX_CATCH_UP_DAYS - 1L);
        if (first.isBefore(earliest)) {
            first = earliest;
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /**
     * Locks the job's row until the transaction ends, marks the job done through {@code today} and
     * returns the days the caller must now process (none when another run got there first).
     */
    public List<LocalDate> claim(String job, LocalDate today) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            LocalDate doneThrough;
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT done_through FROM scheduled_job WHERE name = ? FOR UPDATE")) {
                lock.setString(1, job);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("No scheduled job " + job);
                    }
                    Date done = rows.getDate(1);
                    doneThrough = done == null ? null : done.toLocalDate();
                }
            }
            List<LocalDate> days = daysAfter(doneThrough, today);
            if (!days.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE scheduled_job SET done_through = ?, last_run_at = ?, last_run_by = ? WHERE name = ?")) {
                    update.setDate(1, Date.valueOf(today));
                    update.setTimestamp(2, Timestamp.from(Instant.now()));
                    update.setString(3, host());
                    update.setString(4, job);
                    update.executeUpdate();
                }
            }
            return days;
        } catch (SQLException failed) {
            throw new PersistenceException(
                    "Claiming the days of job " + job + " failed: " + failed.getMessage(), failed);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "unknown";
        }
    }
}
