package com.cxcentric.outcomes.control;

import com.cxcentric.outcomes.entity.LifecycleStage;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Computes every customer reference's {@link LifecycleStage} from the ledger (what a scope's
 * customers stand at is {@link OutcomeQueries#stagesServed}). One pass streams the responses in
 * customer order (memory stays flat however long the ledger), the customers with an unrecovered
 * complaint or a compliment come from two small set queries, and {@link LifecycleStage#of} decides;
 * the table is replaced in the caller's transaction, so running it again, or twice at once, gives
 * the same table.
 */
@Dependent
public class CustomerStages {

    /** Complaints, compliments and referrals count for a year. */
    static final Duration LOOK_BACK = Duration.ofDays(365);

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** Recomputes every customer's stage as of {@code now}; returns how many customers have one. */
    public int recompute(Instant now) {
        em.flush();
        Timestamp since = Timestamp.from(now.minus(LOOK_BACK));
        try {
            Connection connection = em.unwrap(Connection.class);
            Set<String> unrecovered = references(
                    connection,
                    "SELECT DISTINCT co.customer_ref FROM complaint co LEFT JOIN follow_up fu ON fu.complaint_id = co.id"
                            + " WHERE co.customer_ref IS NOT NULL AND co.occurred_at >= ?"
                            + " AND (co.resolved_at IS NULL OR fu.recovery = 'NOT_RECOVERED')",
                    since);
            Set<String> praised = references(
                    connection,
                    "SELECT DISTINCT customer_ref FROM compliment WHERE customer_ref IS NOT NULL AND occurred_at >= ?",
                    since);
            Set<String> complainedOrPraised = references(
                    connection,
                    "SELECT DISTINCT customer_ref FROM complaint WHERE customer_ref IS NOT NULL AND occurred_at >= ?"
                            + " UNION SELECT DISTINCT customer_ref FROM compliment WHERE customer_ref IS NOT NULL"
                            + " AND occurred_at >= ?",
                    since,
                    since);
            try (var delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM customer_stage");
            }
            try (PreparedStatement responses = connection.prepareStatement("SELECT customer_ref, nps, csat, tags,"
                            + " occurred_at FROM feedback WHERE customer_ref IS NOT NULL"
                            + " ORDER BY customer_ref, occurred_at DESC, id DESC");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO customer_stage (customer_ref,"
                            + " stage, last_nps, previous_nps, computed_at) VALUES (?, ?, ?, ?, ?)")) {
                responses.setFetchSize(10_000);
                Writer writer = new Writer(insert, unrecovered, praised, Timestamp.from(now));
                Customer current = null;
                try (ResultSet rows = responses.executeQuery()) {
                    while (rows.next()) {
                        String reference = rows.getString(1);
                        if (current == null || !current.reference.equals(reference)) {
                            if (current != null) {
                                writer.write(current);
                            }
                            current = new Customer(reference);
                            complainedOrPraised.remove(reference);
                        }
                        current.add(score(rows, 2), score(rows, 3), rows.getString(4), rows.getTimestamp(5), since);
                    }
                }
                if (current != null) {
                    writer.write(current);
                }
                for (String reference : complainedOrPraised) { // heard from only through a complaint or compliment
                    writer.write(new Customer(reference));
                }
                insert.executeBatch();
                return writer.written;
            }
        } catch (SQLException failed) {
            throw new PersistenceException("Recomputing lifecycle stages failed: " + failed.getMessage(), failed);
        }
    }

    /** What one customer's responses, newest first, say. */
    private static final class Customer {
        final String reference;
        Integer lastNps;
        Integer previousNps;
        Integer lastCsat;
        boolean referral;
        boolean secondNpsSeen;

        Customer(String reference) {
            this.reference = reference;
        }

        void add(Integer nps, Integer csat, String tags, Timestamp occurred, Timestamp since) {
            if (nps != null) {
                if (lastNps == null) {
                    lastNps = nps;
                } else if (!secondNpsSeen) {
                    previousNps = nps;
                    secondNpsSeen = true;
                }
            }
            if (csat != null && lastCsat == null) {
                lastCsat = csat;
            }
            if (tags != null && !occurred.before(since) && (',' + tags + ',').contains(",referral,")) {
                referral = true;
            }
        }
    }

    /** Inserts customers' stages in JDBC batches. */
    private static final class Writer {
        private final PreparedStatement insert;
        private final Set<String> unrecovered;
        private final Set<String> praised;
        private final Timestamp computed;
        int written;

        Writer(PreparedStatement insert, Set<String> unrecovered, Set<String> praised, Timestamp computed) {
            this.insert = insert;
            this.unrecovered = unrecovered;
            this.praised = praised;
            this.computed = computed;
        }

        void write(Customer customer) throws SQLException {
            LifecycleStage stage = LifecycleStage.of(
                    customer.lastNps,
                    customer.previousNps,
                    customer.lastCsat,
                    unrecovered.contains(customer.reference),
                    customer.referral || praised.contains(customer.reference));
            insert.setString(1, customer.reference);
            insert.setString(2, stage.name());
            setScore(insert, 3, customer.lastNps);
            setScore(insert, 4, customer.previousNps);
            insert.setTimestamp(5, computed);
            insert.addBatch();
            if (++written % BATCH == 0) {
                insert.executeBatch();
            }
        }
    }

    private static Set<String> references(Connection connection, String sql, Timestamp... parameters)
            throws SQLException {
        Set<String> references = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setTimestamp(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
        }
        return references;
    }

    private static Integer score(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static void setScore(PreparedStatement statement, int index, Integer score) throws SQLException {
        if (score == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, score.shortValue());
        }
    }
}
