package com.cxcentric.outcomes.control;

import static com.cxcentric.platform.control.Jdbc.marks;

import com.cxcentric.outcomes.entity.ComplaintRecord;
import com.cxcentric.outcomes.entity.ComplimentRecord;
import com.cxcentric.outcomes.entity.LedgerRecord;
import com.cxcentric.outcomes.entity.ServiceEventRecord;
import com.cxcentric.outcomes.entity.StandardTarget;
import com.cxcentric.platform.control.SequenceIds;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the complaints, compliments and service events of a batch on the transaction's own
 * connection, with the same rules as survey responses: keyed by (source, external id) per kind, the
 * same record again is a duplicate and changes nothing, a changed one is an update. These kinds
 * keep no rollups: they are far fewer than responses, and a resolution time's median and 90th
 * percentile cannot be added up from daily sums, so the dashboard reads them from their rows
 * through the (day, attribution) index each table has.
 */
@Dependent
public class LedgerEventStore {

    /** What the batch did with these records; {@code newComplaints} need a follow-up. */
    public record Outcome(int accepted, int updated, int duplicates, int unattributed, List<Long> newComplaints) {}

    /** One kind's table: its sequence and the columns its records fill besides the common ones. */
    private enum Kind {
        COMPLAINT(
                "complaint",
                List.of(
                        "customer_ref",
                        "category",
                        "severity",
                        "first_response_at",
                        "resolved_at",
                        "first_contact_resolution",
                        "root_cause_fixed",
                        "root_cause_note")),
        COMPLIMENT("compliment", List.of("customer_ref", "comment_text")),
        SERVICE_EVENT("service_event", List.of("standard_id", "measured_value", "met"));

        final String table;
        final List<String> columns;

        Kind(String table, List<String> columns) {
            this.table = table;
            this.columns = columns;
        }

        static Kind of(LedgerRecord record) {
            if (record instanceof ComplaintRecord) {
                return COMPLAINT;
            }
            if (record instanceof ComplimentRecord) {
                return COMPLIMENT;
            }
            if (record instanceof ServiceEventRecord) {
                return SERVICE_EVENT;
            }
            throw new IllegalArgumentException("Responses are written by FeedbackStore");
        }
    }

    private static final List<String> COMMON = List.of(
            "occurred_at", "occurred_on", "touchpoint_id", "attribution_id", "content_hash", "batch_id", "changed_at");

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** An active service standard: its id and what it asks. */
    public record Standard(long id, StandardTarget target) {}

    /** The active standards at active touchpoints, by code. */
    public Map<String, Standard> activeStandards() {
        Map<String, Standard> standards = new HashMap<>();
        for (Object result : em.createNativeQuery("SELECT s.code, t.code, s.comparison, s.target, s.unit, s.id"
                        + " FROM service_standard s JOIN service_step p ON p.id = s.step_id"
                        + " JOIN touchpoint t ON t.id = p.touchpoint_id WHERE s.active = TRUE AND t.active = TRUE")
                .getResultList()) {
            Object[] row = (Object[]) result;
            standards.put(
                    (String) row[0],
                    new Standard(
                            ((Number) row[5]).longValue(),
                            new StandardTarget(
                                    (String) row[0],
                                    (String) row[1],
                                    "AT_MOST".equals(row[2]),
                                    new BigDecimal(row[3].toString()),
                                    (String) row[4])));
        }
        return standards;
    }

    /**
     * @param touchpoints touchpoint ids by code
     * @param standards service standard ids by code
     */
    public Outcome write(
            String source,
            long batchId,
            List<LedgerRecord> records,
            Map<String, Long> touchpoints,
            Map<String, Long> standards,
            ZoneId zone) {
        if (records.isEmpty()) {
            return new Outcome(0, 0, 0, 0, List.of());
        }
        em.flush();
        try {
            Connection connection = em.unwrap(Connection.class);
            Map<String, Long> attributions = FeedbackStore.attributions(connection, records);
            Set<Long> unknown = FeedbackStore.unattributed(connection, attributions.values());
            Map<Kind, List<LedgerRecord>> byKind = new EnumMap<>(Kind.class);
            records.forEach(r ->
                    byKind.computeIfAbsent(Kind.of(r), k -> new ArrayList<>()).add(r));
            int accepted = 0;
            int updated = 0;
            int duplicates = 0;
            int unattributed = 0;
            List<Long> newComplaints = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            for (var entry : byKind.entrySet()) {
                Kind kind = entry.getKey();
                Map<String, Stored> stored = stored(connection, kind, source, entry.getValue());
                List<String> columns = new ArrayList<>(COMMON);
                columns.addAll(kind.columns);
                try (SequenceIds ids = FeedbackStore.reserved(
                                connection,
                                kind.table + "_seq",
                                entry.getValue().size() - stored.size());
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + kind.table
                                + " (id, source, external_id, received_at, " + String.join(", ", columns) + ") VALUES ("
                                + marks(4 + columns.size()) + ")");
                        PreparedStatement update = connection.prepareStatement("UPDATE " + kind.table + " SET "
                                + String.join(" = ?, ", columns) + " = ? WHERE id = ?")) {
                    for (LedgerRecord record : entry.getValue()) {
                        Stored before = stored.get(record.externalId());
                        String hash = record.contentHash();
                        if (before != null && before.hash().equals(hash)) {
                            duplicates++;
                            continue;
                        }
                        long attribution = attributions.get(record.attributionKey());
                        if (unknown.contains(attribution)) {
                            unattributed++;
                        }
                        List<Object> values = new ArrayList<>(List.of(
                                Timestamp.from(record.occurredAt()),
                                Date.valueOf(record.occurredAt().atZone(zone).toLocalDate()),
                                touchpoints.get(record.touchpoint()),
                                attribution,
                                hash,
                                batchId,
                                now));
                        values.addAll(specific(record, standards));
                        if (before == null) {
                            long id = ids.next();
                            insert.setLong(1, id);
                            insert.setString(2, source);
                            insert.setString(3, record.externalId());
                            insert.setTimestamp(4, now);
                            bind(insert, 5, values);
                            insert.addBatch();
                            accepted++;
                            if (kind == Kind.COMPLAINT) {
                                newComplaints.add(id);
                            }
                        } else {
                            int next = bind(update, 1, values);
                            update.setLong(next, before.id());
                            update.addBatch();
                            updated++;
                        }
                    }
                    insert.executeBatch();
                    update.executeBatch();
                }
            }
            return new Outcome(accepted, updated, duplicates, unattributed, newComplaints);
        } catch (SQLException failed) {
            throw new PersistenceException(failed.getMessage(), failed);
        }
    }

    /** The values of the kind's own columns, in {@link Kind#columns} order. */
    private static List<Object> specific(LedgerRecord record, Map<String, Long> standards) {
        List<Object> values = new ArrayList<>();
        if (record instanceof ComplaintRecord c) {
            values.add(c.customerRef());
            values.add(c.category());
            values.add(c.severity().name());
            values.add(c.firstResponseAt() == null ? null : Timestamp.from(c.firstResponseAt()));
            values.add(c.resolvedAt() == null ? null : Timestamp.from(c.resolvedAt()));
            values.add(c.firstContactResolution());
            values.add(c.rootCauseFixed());
            values.add(c.rootCauseNote());
        } else if (record instanceof ComplimentRecord c) {
            values.add(c.customerRef());
            values.add(c.comment());
        } else if (record instanceof ServiceEventRecord e) {
            values.add(standards.get(e.standard()));
            values.add(e.measuredValue());
            values.add(e.met());
        } else {
            throw new IllegalArgumentException("Responses are written by FeedbackStore");
        }
        return values;
    }

    private static int bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            if (value == null) {
                statement.setNull(i++, Types.NULL);
            } else {
                statement.setObject(i++, value);
            }
        }
        return i;
    }

    /** A stored record's id and content hash. */
    private record Stored(long id, String hash) {}

    /** The stored records of this kind and source with these external ids, locked until the transaction ends. */
    private static Map<String, Stored> stored(
            Connection connection, Kind kind, String source, List<LedgerRecord> records) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT external_id, id, content_hash FROM "
                + kind.table + " WHERE source = ? AND external_id = ANY (?) FOR UPDATE")) {
            query.setString(1, source);
            query.setArray(
                    2,
                    connection.createArrayOf(
                            "varchar",
                            records.stream().map(LedgerRecord::externalId).toArray(String[]::new)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), new Stored(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return stored;
    }
}
