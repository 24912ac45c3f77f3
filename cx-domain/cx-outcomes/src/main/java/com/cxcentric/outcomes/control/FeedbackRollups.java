package com.cxcentric.outcomes.control;

import static com.cxcentric.platform.control.Jdbc.marks;

import com.cxcentric.outcomes.entity.ScoreCounts;
import com.cxcentric.platform.control.Jdbc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The daily rollups of the feedback ledger ({@code feedback_rollup}: day × touchpoint ×
 * attribution, eleven counts), changed by the difference each batch makes, on the batch's own
 * connection and transaction.
 */
final class FeedbackRollups {

    private static final int CHUNK = 1000;

    private FeedbackRollups() {}

    static final String COUNT_COLUMNS = "responses, nps_responses, promoters, passives, detractors,"
            + " csat_responses, csat_satisfied, csat_sum, ces_responses, ces_easy, ces_sum";

    /** A PostgreSQL upsert's tail that adds the new counts to an existing rollup row. */
    static final String CONFLICT = " ON CONFLICT (occurred_on, touchpoint_id, attribution_id)"
            + " DO UPDATE SET "
            + Arrays.stream(COUNT_COLUMNS.split(", "))
                    .map(c -> c + " = feedback_rollup." + c + " + EXCLUDED." + c)
                    .collect(Collectors.joining(", "));

    /**
     * Adds each delta to its rollup row. On PostgreSQL one batched upsert ({@code ON CONFLICT DO
     * UPDATE}, which also settles two batches adding to the same new row at once); on H2 an update
     * where the row exists and an insert where not.
     */
    static void apply(Connection connection, Map<RollupKey, ScoreCounts> deltas) throws SQLException {
        List<Map.Entry<RollupKey, ScoreCounts>> changes =
                deltas.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
        if (Jdbc.isPostgres(connection)) {
            upsertRollups(connection, changes);
            return;
        }
        List<Map.Entry<RollupKey, ScoreCounts>> missing = new ArrayList<>();
        String set = Arrays.stream(COUNT_COLUMNS.split(", "))
                .map(c -> c + " = " + c + " + ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement("UPDATE feedback_rollup SET " + set
                + " WHERE occurred_on = ? AND touchpoint_id = ? AND attribution_id = ?")) {
            for (int start = 0; start < changes.size(); start += CHUNK) {
                List<Map.Entry<RollupKey, ScoreCounts>> chunk =
                        changes.subList(start, Math.min(changes.size(), start + CHUNK));
                for (Map.Entry<RollupKey, ScoreCounts> change : chunk) {
                    int i = bindCounts(update, 1, change.getValue());
                    bindKey(update, i, change.getKey());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        missing.add(chunk.get(i));
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feedback_rollup (occurred_on,"
                + " touchpoint_id, attribution_id, " + COUNT_COLUMNS + ") VALUES (?, ?, ?, " + marks(11) + ")")) {
            for (Map.Entry<RollupKey, ScoreCounts> change : missing) {
                int i = bindKey(insert, 1, change.getKey());
                bindCounts(insert, i, change.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * One upsert for all rows, read from arrays ({@code unnest}) in key order, so that two batches
     * touching the same rows lock them in the same order.
     */
    private static void upsertRollups(Connection connection, List<Map.Entry<RollupKey, ScoreCounts>> changes)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        List<Map.Entry<RollupKey, ScoreCounts>> sorted = new ArrayList<>(changes);
        sorted.sort(Map.Entry.comparingByKey(Comparator.comparing(RollupKey::day)
                .thenComparingLong(RollupKey::touchpoint)
                .thenComparingLong(RollupKey::attribution)));
        int n = sorted.size();
        String[] days = new String[n];
        Long[] touchpoints = new Long[n];
        Long[] attributions = new Long[n];
        Long[][] counts = new Long[11][n];
        for (int r = 0; r < n; r++) {
            RollupKey key = sorted.get(r).getKey();
            days[r] = key.day().toString();
            touchpoints[r] = key.touchpoint();
            attributions[r] = key.attribution();
            long[] values = countValues(sorted.get(r).getValue());
            for (int c = 0; c < values.length; c++) {
                counts[c][r] = values[c];
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO feedback_rollup (occurred_on,"
                + " touchpoint_id, attribution_id, " + COUNT_COLUMNS + ") SELECT d::date, tp, at, " + COUNT_COLUMNS
                + " FROM unnest(?::text[], "
                + String.join(", ", Collections.nCopies(13, "?::bigint[]")) + ") AS t(d, " + "tp, at, "
                + COUNT_COLUMNS + ")" + CONFLICT)) {
            upsert.setArray(1, connection.createArrayOf("text", days));
            upsert.setArray(2, connection.createArrayOf("bigint", touchpoints));
            upsert.setArray(3, connection.createArrayOf("bigint", attributions));
            for (int c = 0; c < counts.length; c++) {
                upsert.setArray(4 + c, connection.createArrayOf("bigint", counts[c]));
            }
            upsert.executeUpdate();
        }
    }

    private static int bindKey(PreparedStatement statement, int first, RollupKey key) throws SQLException {
        statement.setDate(first, Date.valueOf(key.day()));
        statement.setLong(first + 1, key.touchpoint());
        statement.setLong(first + 2, key.attribution());
        return first + 3;
    }

    private static int bindCounts(PreparedStatement statement, int first, ScoreCounts c) throws SQLException {
        long[] values = countValues(c);
        for (int i = 0; i < values.length; i++) {
            statement.setLong(first + i, values[i]);
        }
        return first + values.length;
    }

    /** The counts in the order of {@link #COUNT_COLUMNS}. */
    private static long[] countValues(ScoreCounts c) {
        return new long[] {
            c.responses(),
            c.npsResponses(),
            c.promoters(),
            c.passives(),
            c.detractors(),
            c.csatResponses(),
            c.csatSatisfied(),
            c.csatSum(),
            c.cesResponses(),
            c.cesEasy(),
            c.cesSum()
        };
    }
}
