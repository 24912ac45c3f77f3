package com.cxcentric.outcomes.control;

import static com.cxcentric.platform.control.Jdbc.marks;

import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.LedgerRecord;
import com.cxcentric.outcomes.entity.ScoreCounts;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.platform.control.PlannerStatistics;
import com.cxcentric.platform.control.SequenceIds;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes valid feedback records of one batch, set-based, on the transaction's own connection:
 * the attributions they need, then each record as new, unchanged (a duplicate) or changed, and the
 * daily rollups by the difference each record makes, all in the same transaction so that a rollup
 * never disagrees with its records. Two batches racing for the same new key (a record, an
 * attribution, a rollup row) meet the unique constraint; the boundary retries the loser whole.
 */
@Dependent
public class FeedbackStore {

    private static final int CHUNK = 1000;

    /** What the batch did, record by record. */
    public record Outcome(int accepted, int updated, int duplicates, int unattributed, List<Long> unhappy) {

        public Outcome {
            unhappy = List.copyOf(unhappy);
        }
    }

    /** A record to insert with its new id, rollup key and content hash. */
    private record NewRow(long id, FeedbackRecord record, RollupKey key, String hash) {}

    /** A stored record's key facts, to compare and to take out of the rollups. */
    private record Stored(long id, String hash, RollupKey key, ScoreCounts scores) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public Outcome write(
            String source, long batchId, List<FeedbackRecord> records, Map<String, Long> touchpoints, ZoneId zone) {
        if (records.isEmpty()) {
            return new Outcome(0, 0, 0, 0, List.of());
        }
        em.flush();
        try {
            Connection connection = em.unwrap(Connection.class);
            boolean postgres = Jdbc.isPostgres(connection);
            PlannerStatistics.refreshIfStale(
                    connection, Set.of("feedback", "feedback_rollup", "attribution", "attribution_member"));
            Map<String, Long> attributions = attributions(connection, records);
            Set<Long> unattributed = unattributed(connection, attributions.values());
            Map<String, Stored> stored = stored(connection, source, records);
            Map<RollupKey, ScoreCounts> deltas = new LinkedHashMap<>();
            Instant now = Instant.now();
            int accepted = 0;
            int updated = 0;
            int duplicates = 0;
            int unattributedRecords = 0;
            List<Long> unhappy = new ArrayList<>();
            List<NewRow> inserts = new ArrayList<>();
            try (SequenceIds ids = reserved(connection, "feedback_seq", records.size() - stored.size());
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE feedback SET customer_ref = ?,"
                                    + " occurred_at = ?, occurred_on = ?, touchpoint_id = ?, attribution_id = ?, nps = ?, csat = ?,"
                                    + " ces = ?, comment_text = ?, tags = ?, content_hash = ?, batch_id = ?, changed_at = ? WHERE id = ?")) {
                for (FeedbackRecord record : records) {
                    long attribution = attributions.get(record.attributionKey());
                    RollupKey key = new RollupKey(
                            record.occurredAt().atZone(zone).toLocalDate(),
                            touchpoints.get(record.touchpoint()),
                            attribution);
                    Stored before = stored.get(record.externalId());
                    String hash = record.contentHash();
                    if (before != null && before.hash().equals(hash)) {
                        duplicates++;
                        continue;
                    }
                    if (unattributed.contains(attribution)) {
                        unattributedRecords++;
                    }
                    boolean unhappyCustomer = (record.nps() != null && record.nps() <= 6)
                            || (record.csat() != null && record.csat() <= 2);
                    if (before == null) {
                        long id = ids.next();
                        if (unhappyCustomer) {
                            unhappy.add(id);
                        }
                        inserts.add(new NewRow(id, record, key, hash));
                        if (!postgres) { // there the insert itself adds them
                            deltas.merge(key, record.scores(), ScoreCounts::plus);
                        }
                        accepted++;
                    } else {
                        if (unhappyCustomer) {
                            unhappy.add(before.id());
                        }
                        deltas.merge(key, record.scores(), ScoreCounts::plus);
                        deltas.merge(before.key(), ScoreCounts.NONE.minus(before.scores()), ScoreCounts::plus);
                        int i = bindContent(update, 1, record, key, hash, batchId, now);
                        update.setLong(i, before.id());
                        update.addBatch();
                        updated++;
                    }
                }
                if (postgres) {
                    insertRolledUp(connection, source, batchId, now, inserts);
                } else {
                    insert(connection, source, batchId, now, inserts);
                }
                update.executeBatch();
            }
            FeedbackRollups.apply(connection, deltas);
            return new Outcome(accepted, updated, duplicates, unattributedRecords, unhappy);
        } catch (SQLException failed) {
            throw new PersistenceException(failed.getMessage(), failed);
        }
    }

    /** A sequence with the blocks for {@code count} ids fetched in one round trip. */
    static SequenceIds reserved(Connection connection, String sequence, int count) throws SQLException {
        SequenceIds ids = new SequenceIds(connection, sequence);
        ids.reserve(count);
        return ids;
    }

    private static final String FEEDBACK_COLUMNS = "id, source, external_id, customer_ref, occurred_at,"
            + " occurred_on, touchpoint_id, attribution_id, nps, csat, ces, comment_text, tags, content_hash, batch_id,"
            + " received_at, changed_at";

    /** Inserts the new records as a JDBC batch (H2; their rollup counts are added separately). */
    private static void insert(Connection connection, String source, long batchId, Instant now, List<NewRow> rows)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feedback (" + FEEDBACK_COLUMNS + ") VALUES (" + marks(17) + ")")) {
            for (NewRow row : rows) {
                int i = 1;
                insert.setLong(i++, row.id());
                insert.setString(i++, source);
                insert.setString(i++, row.record().externalId());
                i = bindContent(insert, i, row.record(), row.key(), row.hash(), batchId, now);
                insert.setTimestamp(i, Timestamp.from(now)); // changed_at
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Inserts the new records and adds their counts to the rollups in one PostgreSQL statement: the
     * records are read from arrays ({@code unnest}, one round trip for the whole batch), and the rows
     * the insert returns are counted per rollup key exactly as {@link ScoreCounts#of} counts a record
     * (the rollup-versus-raw test holds the two to the same answer) and upserted in key order, so
     * that two batches touching the same rollup rows lock them in the same order.
     */
    private static void insertRolledUp(
            Connection connection, String source, long batchId, Instant now, List<NewRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] ids = new Long[n];
        String[] externalIds = new String[n];
        String[] customerRefs = new String[n];
        String[] occurredAt = new String[n];
        String[] occurredOn = new String[n];
        Long[] touchpoints = new Long[n];
        Long[] attributions = new Long[n];
        String[] nps = new String[n];
        String[] csat = new String[n];
        String[] ces = new String[n];
        String[] comments = new String[n];
        String[] tags = new String[n];
        String[] hashes = new String[n];
        for (int r = 0; r < n; r++) {
            NewRow row = rows.get(r);
            FeedbackRecord record = row.record();
            ids[r] = row.id();
            externalIds[r] = record.externalId();
            customerRefs[r] = record.customerRef();
            occurredAt[r] = record.occurredAt().toString();
            occurredOn[r] = row.key().day().toString();
            touchpoints[r] = row.key().touchpoint();
            attributions[r] = row.key().attribution();
            nps[r] = text(record.nps());
            csat[r] = text(record.csat());
            ces[r] = text(record.ces());
            comments[r] = record.comment();
            tags[r] = record.tagText();
            hashes[r] = row.hash();
        }
        try (PreparedStatement insert = connection.prepareStatement("WITH inserted AS (INSERT INTO feedback ("
                + FEEDBACK_COLUMNS + ")"
                + " SELECT id, ?, external_id, customer_ref, occurred_at::timestamptz, occurred_on::date, touchpoint_id,"
                + " attribution_id, nps::smallint, csat::smallint, ces::smallint, comment_text, tags, content_hash, ?, ?, ?"
                + " FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS t(id, external_id, customer_ref,"
                + " occurred_at, occurred_on, touchpoint_id, attribution_id, nps, csat, ces, comment_text, tags,"
                + " content_hash) RETURNING occurred_on, touchpoint_id, attribution_id, nps, csat, ces)"
                + " INSERT INTO feedback_rollup (occurred_on, touchpoint_id, attribution_id, "
                + FeedbackRollups.COUNT_COLUMNS + ")"
                + " SELECT occurred_on, touchpoint_id, attribution_id, COUNT(*), COUNT(nps),"
                + " COUNT(*) FILTER (WHERE nps >= 9), COUNT(*) FILTER (WHERE nps BETWEEN 7 AND 8),"
                + " COUNT(*) FILTER (WHERE nps <= 6), COUNT(csat), COUNT(*) FILTER (WHERE csat >= 4),"
                + " COALESCE(SUM(csat), 0), COUNT(ces), COUNT(*) FILTER (WHERE ces >= 5), COALESCE(SUM(ces), 0)"
                + " FROM inserted WHERE nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL"
                + " GROUP BY occurred_on, touchpoint_id, attribution_id ORDER BY occurred_on, touchpoint_id, attribution_id"
                + FeedbackRollups.CONFLICT)) {
            int i = 1;
            insert.setString(i++, source);
            insert.setLong(i++, batchId);
            insert.setTimestamp(i++, Timestamp.from(now));
            insert.setTimestamp(i++, Timestamp.from(now));
            insert.setArray(i++, connection.createArrayOf("bigint", ids));
            for (String[] column : List.of(externalIds, customerRefs, occurredAt, occurredOn)) {
                insert.setArray(i++, connection.createArrayOf("text", column));
            }
            insert.setArray(i++, connection.createArrayOf("bigint", touchpoints));
            insert.setArray(i++, connection.createArrayOf("bigint", attributions));
            for (String[] column : List.of(nps, csat, ces, comments, tags, hashes)) {
                insert.setArray(i++, connection.createArrayOf("text", column));
            }
            insert.executeUpdate();
        }
    }

    private static String text(Integer score) {
        return score == null ? null : score.toString();
    }

    /** Binds customer_ref .. batch_id and one moment (received_at or changed_at) from {@code first}. */
    private static int bindContent(
            PreparedStatement statement,
            int first,
            FeedbackRecord record,
            RollupKey key,
            String hash,
            long batchId,
            Instant now)
            throws SQLException {
        int i = first;
        statement.setString(i++, record.customerRef());
        statement.setTimestamp(i++, Timestamp.from(record.occurredAt()));
        statement.setDate(i++, Date.valueOf(key.day()));
        statement.setLong(i++, key.touchpoint());
        statement.setLong(i++, key.attribution());
        setScore(statement, i++, record.nps());
        setScore(statement, i++, record.csat());
        setScore(statement, i++, record.ces());
        statement.setString(i++, record.comment());
        statement.setString(i++, record.tagText());
        statement.setString(i++, hash);
        statement.setLong(i++, batchId);
        statement.setTimestamp(i++, Timestamp.from(now)); // received_at of an insert, changed_at of an update
        return i;
    }

    private static void setScore(PreparedStatement statement, int index, Integer score) throws SQLException {
        if (score == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, score.shortValue());
        }
    }

    /** The attribution id of every key the records use, creating the missing ones with their members. */
    static Map<String, Long> attributions(Connection connection, List<? extends LedgerRecord> records)
            throws SQLException {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        records.forEach(r -> wanted.putIfAbsent(r.attributionKey(), r.employees()));
        Map<String, Long> ids = new HashMap<>();
        List<String> keys = new ArrayList<>(wanted.keySet());
        for (int start = 0; start < keys.size(); start += CHUNK) {
            List<String> chunk = keys.subList(start, Math.min(keys.size(), start + CHUNK));
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT attribution_key, id FROM attribution WHERE attribution_key IN ("
                            + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        List<String> missing = keys.stream().filter(k -> !ids.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            try (SequenceIds sequence = reserved(connection, "attribution_seq", missing.size());
                    PreparedStatement attribution =
                            connection.prepareStatement("INSERT INTO attribution (id, attribution_key) VALUES (?, ?)");
                    PreparedStatement member = connection.prepareStatement(
                            "INSERT INTO attribution_member (attribution_id, employee_number, employee_id) VALUES (?, ?,"
                                    + " (SELECT e.id FROM employee e WHERE e.employee_number = ?))")) {
                for (String key : missing) {
                    long id = sequence.next();
                    ids.put(key, id);
                    attribution.setLong(1, id);
                    attribution.setString(2, key);
                    attribution.addBatch();
                    for (String number : wanted.get(key)) {
                        member.setLong(1, id);
                        member.setString(2, number);
                        member.setString(3, number);
                        member.addBatch();
                    }
                }
                attribution.executeBatch();
                member.executeBatch();
            }
        }
        return ids;
    }

    /** Those of the attributions that name at least one employee number the directory does not know. */
    static Set<Long> unattributed(Connection connection, Collection<Long> attributions) throws SQLException {
        Set<Long> unknown = new HashSet<>();
        List<Long> ids = new ArrayList<>(attributions);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT DISTINCT attribution_id FROM attribution_member"
                            + " WHERE employee_id IS NULL AND attribution_id IN ("
                            + chunk.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")) {
                while (rows.next()) {
                    unknown.add(rows.getLong(1));
                }
            }
        }
        return unknown;
    }

    /** The stored records of this source with the batch's external ids, locked until the transaction ends. */
    private static Map<String, Stored> stored(Connection connection, String source, List<FeedbackRecord> records)
            throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        String[] externalIds = records.stream().map(FeedbackRecord::externalId).toArray(String[]::new);
        try (PreparedStatement query = connection.prepareStatement("SELECT external_id, id, content_hash,"
                + " occurred_on, touchpoint_id, attribution_id, nps, csat, ces FROM feedback WHERE source = ?"
                + " AND external_id = ANY (?) FOR UPDATE")) {
            query.setString(1, source);
            query.setArray(2, connection.createArrayOf("varchar", externalIds));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(
                            rows.getString(1),
                            new Stored(
                                    rows.getLong(2),
                                    rows.getString(3),
                                    new RollupKey(rows.getDate(4).toLocalDate(), rows.getLong(5), rows.getLong(6)),
                                    ScoreCounts.of(score(rows, 7), score(rows, 8), score(rows, 9))));
                }
            }
        }
        return stored;
    }

    private static Integer score(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** Links attributions naming employee numbers the directory did not know to the people now imported. */
    public int attributeNewEmployees() {
        return em.createNativeQuery(
                        "UPDATE attribution_member SET employee_id = (SELECT e.id FROM employee e"
                                + " WHERE e.employee_number = attribution_member.employee_number) WHERE employee_id IS NULL"
                                + " AND EXISTS (SELECT 1 FROM employee e WHERE e.employee_number = attribution_member.employee_number)")
                .executeUpdate();
    }
}
