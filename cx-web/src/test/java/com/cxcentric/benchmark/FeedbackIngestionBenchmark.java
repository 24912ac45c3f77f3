package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 4's ingestion target: sustained REST ingestion into PostgreSQL at no less than a quarter of
 * the rate of a plain JDBC batch insert ({@code reWriteBatchedInserts}) of the same records into
 * the same database in the same run. The records go in rounds of 10,000: each round is sent through
 * {@code POST /api/v1/feedback-batches} as one batch (parse, validate, attribute, write, roll up,
 * open follow-ups, receipt) and then inserted with JDBC batches of 1,000 and one commit into a
 * table of the feedback table's shape. Interleaving the two puts them under the same background
 * load (autovacuum, checkpoints); a first round of each, not counted, warms both JVMs up. Prints
 * both sustained rates and their ratio. Run by .ci/benchmark-feedback.sh.
 */
public final class FeedbackIngestionBenchmark {

    private static final String[] TOUCHPOINTS = {"STORE", "PHONE", "CHAT", "EMAIL", "WEB", "DELIVERY", "FIELD_SERVICE"};
    private static final int ROUND = 10_000;

    private FeedbackIngestionBenchmark() {}

    /** A generated record, as JSON for the API and as values for JDBC. */
    private record Generated(
            String id, Instant at, String touchpoint, String employee, int nps, int csat, int ces, String json) {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        int records = Integer.parseInt(args[2]);
        String jdbcUrl = args[3];
        PortalClient client = new PortalClient(base);
        if (client.login("admin", password).statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in failed");
        }
        List<Generated> generated = generate(records + ROUND);
        long restNanos = 0;
        long jdbcNanos = 0;
        int accepted = 0;
        try (Connection connection = DriverManager.getConnection(
                jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", "postgres", "postgres")) {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS feedback_jdbc_baseline");
                statement.execute("CREATE TABLE feedback_jdbc_baseline (LIKE feedback INCLUDING ALL)");
            }
            connection.setAutoCommit(false);
            for (int start = 0; start < generated.size(); start += ROUND) {
                List<Generated> round = generated.subList(start, Math.min(generated.size(), start + ROUND));
                boolean warmUp = start == 0;
                long started = System.nanoTime();
                int roundAccepted = send(client, round);
                long sent = System.nanoTime();
                insert(connection, round, start);
                long inserted = System.nanoTime();
                if (!warmUp) {
                    restNanos += sent - started;
                    jdbcNanos += inserted - sent;
                    accepted += roundAccepted;
                }
            }
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE feedback_jdbc_baseline");
            }
            connection.commit();
        }
        double restRate = records / (restNanos / 1e9);
        double jdbcRate = records / (jdbcNanos / 1e9);
        System.out.printf(
                Locale.ROOT,
                "records: %,d in rounds of %,d after one warm-up round (accepted %,d)%n",
                records,
                ROUND,
                accepted);
        System.out.printf(Locale.ROOT, "REST ingestion:  %7.2f s  %,9.0f records/s%n", restNanos / 1e9, restRate);
        System.out.printf(Locale.ROOT, "JDBC baseline:   %7.2f s  %,9.0f records/s%n", jdbcNanos / 1e9, jdbcRate);
        System.out.printf(Locale.ROOT, "ratio REST/JDBC: %.2f (target at least 0.25)%n", restRate / jdbcRate);
    }

    /** Sends one round as a batch; returns how many records it accepted. */
    private static int send(PortalClient client, List<Generated> round) throws Exception {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < round.size(); i++) {
            body.append(i == 0 ? "" : ",").append(round.get(i).json());
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        client.resolve("api/v1/feedback-batches?source=benchmark"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append("]").toString(), StandardCharsets.UTF_8))
                .build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        JsonObject receipt = PortalClient.json(response);
        return receipt.getInt("accepted");
    }

    /** Inserts one round into the baseline table with JDBC batches of 1,000 and commits. */
    private static void insert(Connection connection, List<Generated> round, long firstId) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feedback_jdbc_baseline (id, source,"
                + " external_id, customer_ref, occurred_at, occurred_on, touchpoint_id, attribution_id, nps, csat, ces,"
                + " comment_text, tags, content_hash, batch_id, received_at, changed_at)"
                + " VALUES (?, 'baseline', ?, ?, ?, ?, ?, 1, ?, ?, ?, NULL, NULL, ?, 0, ?, ?)")) {
            long id = firstId + 1;
            int pending = 0;
            Timestamp now = Timestamp.from(Instant.now());
            for (Generated g : round) {
                insert.setLong(1, id++);
                insert.setString(2, g.id());
                insert.setString(3, "cust-" + (id % 5000));
                insert.setTimestamp(4, Timestamp.from(g.at()));
                insert.setObject(5, LocalDate.ofInstant(g.at(), java.time.ZoneOffset.ofHours(7)));
                insert.setLong(6, 1 + java.util.Arrays.asList(TOUCHPOINTS).indexOf(g.touchpoint()));
                insert.setInt(7, g.nps());
                insert.setInt(8, g.csat());
                insert.setInt(9, g.ces());
                insert.setString(10, g.id());
                insert.setTimestamp(11, now);
                insert.setTimestamp(12, now);
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    private static List<Generated> generate(int count) {
        Random random = new Random(11);
        List<Generated> records = new ArrayList<>(count);
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            String id = "B-" + i;
            Instant at = first.plusSeconds(random.nextInt(300 * 86_400));
            String touchpoint = TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)];
            String employee = String.format(Locale.ROOT, "B%06d", 1 + random.nextInt(5000));
            int nps = random.nextInt(11);
            int csat = 1 + random.nextInt(5);
            int ces = 1 + random.nextInt(7);
            String json = "{\"externalId\":\"" + id + "\",\"customerRef\":\"cust-" + random.nextInt(5000)
                    + "\",\"occurredAt\":\"" + at + "\",\"touchpoint\":\"" + touchpoint + "\",\"employees\":[\""
                    + employee
                    + "\"],\"nps\":" + nps + ",\"csat\":" + csat + ",\"ces\":" + ces + "}";
            records.add(new Generated(id, at, touchpoint, employee, nps, csat, ces, json));
        }
        return records;
    }
}
